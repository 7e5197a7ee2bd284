/**
 * The catalogue a story is checked against: figures, sources, places, routes
 * and counties, keyed by id. Pure: built from parsed rows, no file access.
 */
import type { County, Fact, Figure, Place, Route, SourceDoc } from './schema/data.ts';

export interface Catalog {
  figures: ReadonlyMap<string, Figure>;
  sources: ReadonlyMap<string, SourceDoc>;
  places: ReadonlyMap<string, Place>;
  routes: ReadonlyMap<string, Route>;
  facts: ReadonlyMap<string, Fact>;
  /** Counties by Chinese name (婺城区 …). */
  counties: ReadonlyMap<string, County>;
}

export interface CatalogRows {
  figures: Figure[];
  sources: SourceDoc[];
  places: Place[];
  routes: Route[];
  facts: Fact[];
  counties: County[];
}

/** A problem with a row, by index in its file's list. */
export interface RowProblem {
  file: keyof CatalogRows;
  index: number;
  field: string;
  reason: string;
}

function byKey<T>(rows: T[], key: (row: T) => string, file: keyof CatalogRows, problems: RowProblem[]) {
  const map = new Map<string, T>();
  rows.forEach((row, index) => {
    const k = key(row);
    if (map.has(k)) problems.push({ file, index, field: 'id', reason: `duplicate id "${k}"` });
    map.set(k, row);
  });
  return map;
}

/** Index the rows and check references between files (sources, counties, conflicts). */
export function buildCatalog(rows: CatalogRows): { catalog: Catalog; problems: RowProblem[] } {
  const problems: RowProblem[] = [];
  const sources = byKey(rows.sources, (s) => s.id, 'sources', problems);
  const counties = byKey(rows.counties, (c) => c.name, 'counties', problems);
  const figures = byKey(rows.figures, (f) => f.id, 'figures', problems);
  const places = byKey(rows.places, (p) => p.id, 'places', problems);
  const routes = byKey(rows.routes, (r) => r.id, 'routes', problems);
  const facts = byKey(rows.facts, (r) => r.id, 'facts', problems);

  const citable = (id: string) => sources.has(id) && !sources.get(id)?.rejected;
  rows.figures.forEach((f, index) => {
    if (!citable(f.source)) problems.push({ file: 'figures', index, field: 'source', reason: `"${f.source}" is not a citable source` });
    for (const other of f.conflicts ?? [])
      if (!figures.has(other)) problems.push({ file: 'figures', index, field: 'conflicts', reason: `unknown figure "${other}"` });
  });
  for (const [file, list] of [
    ['places', rows.places],
    ['routes', rows.routes],
  ] as const)
    list.forEach((row, index) => {
      if (row.source !== 'common' && !citable(row.source))
        problems.push({ file, index, field: 'source', reason: `"${row.source}" is not a citable source` });
      if (row.source !== 'common' && !row.evidence)
        problems.push({ file, index, field: 'evidence', reason: 'a document source needs its evidence passage' });
    });
  rows.places.forEach((p, index) => {
    if (p.county && !counties.has(p.county))
      problems.push({ file: 'places', index, field: 'county', reason: `unknown county "${p.county}"` });
  });
  rows.facts.forEach((f, index) => {
    if (!citable(f.source)) problems.push({ file: 'facts', index, field: 'source', reason: `"${f.source}" is not a citable source` });
    if (f.subject !== '金华市' && !counties.has(f.subject))
      problems.push({ file: 'facts', index, field: 'subject', reason: `unknown county "${f.subject}" (a county name or 金华市)` });
    if (f.chain && facts.get(f.chain)?.topic !== 'chain')
      problems.push({ file: 'facts', index, field: 'chain', reason: `"${f.chain}" is not a fact with topic chain` });
    if (f.place && !places.has(f.place)) problems.push({ file: 'facts', index, field: 'place', reason: `unknown place "${f.place}"` });
  });
  return { catalog: { figures, sources, places, routes, facts, counties }, problems };
}
