/** Matching a figure against the passage it is quoted from. Pure. */

/** Remove all white space: the PDF extractions break lines and space out numbers. */
export const normalise = (s: string): string => s.replace(/\s+/g, '');

/**
 * The bound the evidence puts on the value, read from the words around it:
 * 突破/超过/超 N → over; N（unit）以上 → at-least; 约 N, N（unit）左右 → about.
 */
export function boundIn(evidence: string, value: number, unit: string): 'over' | 'at-least' | 'about' | undefined {
  const text = normalise(evidence);
  const v = String(value).replace('.', '\\.');
  const u = unit.replace(/[.*+?^${}()|[\]\\%]/g, '\\$&');
  const at = new RegExp(`(?<![\\d.])${v}(?![\\d]|\\.\\d)`).exec(text);
  if (!at) return undefined;
  const before = text.slice(Math.max(0, at.index - 3), at.index);
  const after = text.slice(at.index + at[0].length).replace(new RegExp(`^${u}`), '');
  if (/(突破|超过|超)$/.test(before)) return 'over';
  if (/^(以上|多)/.test(after)) return 'at-least';
  if (/约$/.test(before) || /^左右/.test(after)) return 'about';
  return undefined;
}

/** True when `value`, written as the source writes it, stands in `evidence` as a whole number (not part of a longer one). */
export function containsValue(evidence: string, value: number): boolean {
  const digits = String(value).replace('.', '\\.');
  return new RegExp(`(?<![\\d.])${digits}(?![\\d]|\\.\\d)`).test(normalise(evidence));
}
