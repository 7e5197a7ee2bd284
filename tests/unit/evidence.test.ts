/**
 * Every figure, place and route that cites a document must quote it: the
 * evidence passage occurs in the document (white space removed from both) and
 * contains the figure's value. The documents live beside the project in
 * ../shared/sources; without them this test says it skipped and why.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { boundIn, containsValue, normalise } from '../../src/core/evidence.ts';
import { catalog, ROOT } from './catalog.ts';

const SOURCES = path.resolve(ROOT, '../shared/sources');
const available = existsSync(SOURCES);
if (!available) console.warn(`evidence test skipped: source documents not found at ${SOURCES}`);

const text = (file: string) => normalise(readFileSync(path.join(SOURCES, file), 'utf8'));

describe.skipIf(!available)('evidence against ../shared/sources', () => {
  const docs = new Map([...catalog.sources.values()].map((d) => [d.id, d]));

  it('has every catalogued document on disk', () => {
    for (const d of docs.values()) expect(existsSync(path.join(SOURCES, d.file)), d.file).toBe(true);
  });

  it.each([...catalog.figures.values()].map((f) => [f.id, f] as const))('figure %s quotes its document', (_id, f) => {
    const doc = docs.get(f.source)!;
    expect(doc.rejected, `${f.id} cites rejected document ${doc.id}`).toBeUndefined();
    expect(text(doc.file)).toContain(normalise(f.evidence));
    expect(containsValue(f.evidence, f.value), `evidence "${f.evidence}" lacks the value ${f.value}`).toBe(true);
    // 突破 N, N 以上, N 左右 in the evidence must be carried as a bound, so the value is never shown as exact.
    const bound = boundIn(f.evidence, f.value, f.unit);
    if (bound) expect(f.bound, `${f.id}: the evidence says ${bound}`).toBe(bound);
  });

  const named = [...catalog.places.values(), ...catalog.routes.values()].filter((r) => r.source !== 'common');
  it.each(named.map((r) => [r.id, r] as const))('place or route %s quotes its document', (_id, r) => {
    expect(text(docs.get(r.source)!.file)).toContain(normalise(r.evidence!));
  });

  it.each([...catalog.facts.values()].map((f) => [f.id, f] as const))('fact %s quotes its document', (_id, f) => {
    expect(text(docs.get(f.source)!.file)).toContain(normalise(f.evidence));
  });

  it('never prefers the machine-rewritten repost', () => {
    const rejected = [...docs.values()].filter((d) => d.rejected).map((d) => d.id);
    expect(rejected).toContain('001');
    const cited = [...catalog.figures.values(), ...catalog.facts.values(), ...named].map((r) => r.source);
    expect(cited.filter((s) => rejected.includes(s))).toEqual([]);
  });
});
