/**
 * The corpus of malformed story files in tests/fixtures/malformed: each one
 * fails with its line and a readable reason, or parses with its markup shown
 * as text. None crashes the parser with anything but a located StoryError.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { StoryError, StoryErrors } from '../../src/build/read/errors.ts';
import { parseStory } from '../../src/build/read/parse-story.ts';
import { catalog, ROOT } from './catalog.ts';

const DIR = path.join(ROOT, 'tests/fixtures/malformed');
type Expectation = { line: number | 'any'; reason: string } | { escaped: true };
const expectations = parse(readFileSync(path.join(DIR, 'expectations.yaml'), 'utf8')) as Record<string, Expectation>;

function outcome(source: string, file: string) {
  try {
    return { story: parseStory(source, file, 'x', catalog) };
  } catch (e) {
    if (e instanceof StoryErrors) return { errors: e.errors };
    if (e instanceof StoryError) return { errors: [e] };
    throw e;
  }
}

describe('malformed story corpus', () => {
  it.each(Object.entries(expectations))('%s', (name, expected) => {
    const { story, errors } = outcome(readFileSync(path.join(DIR, name), 'utf8'), name);
    if ('escaped' in expected) {
      expect(errors, errors?.map((e) => e.message).join('\n')).toBeUndefined();
      const html = story!.steps.map((s) => s.html).join('');
      expect(html).not.toMatch(/<script|<img|<[^>]*\son\w+=|href="javascript:/i);
      expect(html).toContain('&lt;script&gt;');
      return;
    }
    expect(errors?.length, `${name} should fail`).toBeGreaterThan(0);
    const first = errors![0]!;
    expect(first.file).toBe(name);
    if (expected.line !== 'any') expect(first.line).toBe(expected.line);
    expect(first.reason).toContain(expected.reason);
    expect(first.message).toBe(`${name}:${first.line}: ${first.reason}`);
  });

  it('rejects a 5 MB story with a reason, quickly', () => {
    const huge = readFileSync(path.join(DIR, 'no-text.md'), 'utf8') + '很长的文字。'.repeat(300_000);
    const started = performance.now();
    const { errors } = outcome(huge, 'huge.md');
    expect(errors?.[0]?.reason).toMatch(/the limit is/);
    expect(performance.now() - started).toBeLessThan(1000);
  });
});
