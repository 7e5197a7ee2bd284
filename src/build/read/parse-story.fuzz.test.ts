/**
 * Property-based test of the story parser: whatever text an editor types,
 * parseStory either returns a story or throws StoryErrors whose every entry
 * names the file and a line inside it — never another exception, never a
 * story whose HTML lets markup through.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { catalog, STORY_FRONT } from '../../../tests/unit/catalog.ts';
import { StoryError, StoryErrors } from './errors.ts';
import { parseStory } from './parse-story.ts';

const FRONT = STORY_FRONT;

/** Pieces stories are made of, valid and broken, so mutations reach deep into the parser. */
const piece = fc.oneof(
  fc.constantFrom(
    '```step\nid: a\ngraphic: county-map\nhighlight: [义乌市]\n```\n',
    '```step\nid: b\ngraphic: route-map\nextent: zhejiang\n```\n',
    '```step\nid: c\ngraphic: chart\ntype: bar\ntitle: 图\nfigures: [xinou-trains-2023]\n```\n',
    '```step\nid: a\ngraphic: chart\n```\n',
    '```outro\n```\n',
    '开行 {{xinou-trains-2023}}。\n',
    '{{no-such}} {{ xinou trains }}\n',
    '<script>alert(document.cookie)</script>\n',
    '<img src=x onerror=alert(document.cookie)>\n',
    '[x](javascript:alert(document.cookie))\n',
    '---\n',
    '  : - [ {\n',
    '\u0000',
    '\n',
  ),
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 20 }),
);

const lines = (s: string) => s.split('\n').length;

describe('parseStory, fuzzed', () => {
  it('returns a story or reports located errors, and never passes markup through', () => {
    fc.assert(
      fc.property(fc.boolean(), fc.array(piece, { maxLength: 12 }), (withFront, pieces) => {
        const source = (withFront ? FRONT : '') + pieces.join('');
        try {
          const story = parseStory(source, 'f.md', 'f', catalog);
          for (const step of story.steps) {
            expect(step.html).not.toMatch(/<script|<img|<[^>]*\son\w+=|href="javascript:/i);
          }
        } catch (e) {
          const errors = e instanceof StoryErrors ? e.errors : e instanceof StoryError ? [e] : null;
          if (!errors) throw e;
          expect(errors.length).toBeGreaterThan(0);
          for (const err of errors) {
            expect(err.file).toBe('f.md');
            expect(err.line).toBeGreaterThanOrEqual(1);
            expect(err.line).toBeLessThanOrEqual(lines(source) + 1);
            expect(err.reason.length).toBeGreaterThan(3);
          }
        }
      }),
      { numRuns: 400, seed: 20241124 },
    );
  });
});
