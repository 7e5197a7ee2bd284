/**
 * Present-mode navigation, pure: which key does what, and where a slide
 * index lands. Tested in Node; the page wires it to the DOM.
 */

export type DeckAction =
  | { kind: 'go'; to: number }
  | { kind: 'digit'; digit: string }
  | { kind: 'fullscreen' }
  | { kind: 'help' }
  | { kind: 'presenter' }
  | { kind: 'none' };

const NEXT = new Set(['ArrowRight', 'ArrowDown', 'PageDown', ' ', 'Spacebar']);
const PREV = new Set(['ArrowLeft', 'ArrowUp', 'PageUp', 'Backspace']);

/** Clamp to a slide that exists. */
export const clampSlide = (i: number, count: number): number => Math.min(Math.max(0, i), count - 1);

/**
 * What a key does at slide `at` of `count`. `typed` holds digits typed so far:
 * Enter then jumps to that slide number (1-based) instead of moving on.
 */
export function deckAction(key: string, at: number, count: number, typed: string): DeckAction {
  if (/^\d$/.test(key)) return { kind: 'digit', digit: key };
  if (key === 'Enter') return { kind: 'go', to: clampSlide(typed ? Number(typed) - 1 : at + 1, count) };
  if (NEXT.has(key)) return { kind: 'go', to: clampSlide(at + 1, count) };
  if (PREV.has(key)) return { kind: 'go', to: clampSlide(at - 1, count) };
  if (key === 'Home') return { kind: 'go', to: 0 };
  if (key === 'End') return { kind: 'go', to: count - 1 };
  if (key === 'f' || key === 'F') return { kind: 'fullscreen' };
  if (key === '?') return { kind: 'help' };
  if (key === 's' || key === 'S') return { kind: 'presenter' };
  return { kind: 'none' };
}

/** Messages between the audience window and the presenter window. */
export interface DeckMessage {
  type: 'jh-deck';
  slug: string;
  slide: number;
}

export const isDeckMessage = (m: unknown, slug: string): m is DeckMessage =>
  typeof m === 'object' &&
  m !== null &&
  (m as DeckMessage).type === 'jh-deck' &&
  (m as DeckMessage).slug === slug &&
  Number.isInteger((m as DeckMessage).slide);
