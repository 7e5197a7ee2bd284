import { describe, expect, it } from 'vitest';
import { deckAction, isDeckMessage } from './keys.ts';

describe('deckAction', () => {
  it('moves on with the keys clickers send, and back', () => {
    for (const key of ['ArrowRight', 'ArrowDown', 'PageDown', ' ', 'Enter'])
      expect(deckAction(key, 3, 10, '')).toEqual({ kind: 'go', to: 4 });
    for (const key of ['ArrowLeft', 'ArrowUp', 'PageUp', 'Backspace']) expect(deckAction(key, 3, 10, '')).toEqual({ kind: 'go', to: 2 });
  });
  it('stops at the ends', () => {
    expect(deckAction('PageDown', 9, 10, '')).toEqual({ kind: 'go', to: 9 });
    expect(deckAction('PageUp', 0, 10, '')).toEqual({ kind: 'go', to: 0 });
    expect(deckAction('Home', 5, 10, '')).toEqual({ kind: 'go', to: 0 });
    expect(deckAction('End', 5, 10, '')).toEqual({ kind: 'go', to: 9 });
  });
  it('jumps to a typed slide number on Enter', () => {
    expect(deckAction('7', 0, 10, '')).toEqual({ kind: 'digit', digit: '7' });
    expect(deckAction('Enter', 0, 10, '7')).toEqual({ kind: 'go', to: 6 });
    expect(deckAction('Enter', 0, 10, '42')).toEqual({ kind: 'go', to: 9 });
  });
  it('has keys for fullscreen, help and the presenter view', () => {
    expect(deckAction('f', 0, 10, '').kind).toBe('fullscreen');
    expect(deckAction('?', 0, 10, '').kind).toBe('help');
    expect(deckAction('S', 0, 10, '').kind).toBe('presenter');
    expect(deckAction('x', 0, 10, '').kind).toBe('none');
  });
});

describe('isDeckMessage', () => {
  it('accepts only this deck’s messages', () => {
    expect(isDeckMessage({ type: 'jh-deck', slug: 'port', slide: 2 }, 'port')).toBe(true);
    expect(isDeckMessage({ type: 'jh-deck', slug: 'chain', slide: 2 }, 'port')).toBe(false);
    expect(isDeckMessage({ type: 'other', slide: 2 }, 'port')).toBe(false);
    expect(isDeckMessage({ type: 'jh-deck', slug: 'port', slide: 'x' }, 'port')).toBe(false);
  });
});
