/**
 * Node-only: read and validate the files in `data/` into a Catalog, failing
 * with file and line. Figures, places, routes and facts may be split across
 * files in a folder of that name (`data/figures/port.yaml` …).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { StoryError, StoryErrors } from './errors.ts';
import { parseYaml } from './yaml.ts';
import { buildCatalog, type Catalog, type CatalogRows } from '../../core/catalog.ts';
import { County, Fact, Figures, Place, Route, SourceDocs } from '../../core/schema/data.ts';

const schemas: Record<keyof CatalogRows, z.ZodType<unknown[]>> = {
  figures: Figures,
  sources: SourceDocs,
  places: z.array(Place),
  routes: z.array(Route),
  facts: z.array(Fact),
  counties: z.array(County),
};

/** `data/<kind>.yaml` and every `data/<kind>/*.yaml`, sorted. */
export function dataFiles(dataDir: string, kind: string): string[] {
  const single = path.join(dataDir, `${kind}.yaml`);
  const dir = path.join(dataDir, kind);
  const many = existsSync(dir)
    ? readdirSync(dir)
        .filter((f) => f.endsWith('.yaml'))
        .sort()
        .map((f) => path.join(dir, f))
    : [];
  return [...(existsSync(single) ? [single] : []), ...many];
}

/** Where a row came from, so a problem found later can name its line. */
interface Origin {
  file: string;
  index: number;
  lineOf: (p: PropertyKey[]) => number;
}

/** Load every data file; throws StoryErrors listing each problem with its file and line. */
export function loadCatalog(dataDir: string): Catalog {
  const rows = {} as Record<keyof CatalogRows, unknown[]>;
  const origins = {} as Record<keyof CatalogRows, Origin[]>;
  for (const kind of Object.keys(schemas) as (keyof CatalogRows)[]) {
    rows[kind] = [];
    origins[kind] = [];
    for (const abs of dataFiles(dataDir, kind)) {
      const file = path.relative(process.cwd(), abs);
      const parsed = parseYaml(readFileSync(abs, 'utf8'), schemas[kind], file);
      parsed.value.forEach((row, index) => {
        rows[kind].push(row);
        origins[kind].push({ file, index, lineOf: parsed.lineOf });
      });
    }
  }
  const { catalog, problems } = buildCatalog(rows as unknown as CatalogRows);
  if (problems.length)
    throw new StoryErrors(
      problems.map((p) => {
        const o = origins[p.file][p.index]!;
        return new StoryError(o.file, o.lineOf([o.index, p.field]), p.reason);
      }),
    );
  return catalog;
}
