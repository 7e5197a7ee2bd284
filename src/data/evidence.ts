/** Matching a figure against the passage it is quoted from. Pure. */

/** Remove all white space: the PDF extractions break lines and space out numbers. */
export const normalise = (s: string): string => s.replace(/\s+/g, '');

/** True when `value`, written as the source writes it, stands in `evidence` as a whole number (not part of a longer one). */
export function containsValue(evidence: string, value: number): boolean {
  const digits = String(value).replace('.', '\\.');
  return new RegExp(`(?<![\\d.])${digits}(?![\\d]|\\.\\d)`).test(normalise(evidence));
}
