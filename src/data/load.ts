/** Node-only: read and validate the files in `data/` into a Catalog, failing with file and line. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { StoryError, StoryErrors } from '../story/errors.ts';
import { parseYaml } from '../story/yaml.ts';
import { buildCatalog, type Catalog, type CatalogRows } from './catalog.ts';
import { County, Figures, Place, Route, SourceDocs } from './schema.ts';

const files = {
  figures: ['figures.yaml', Figures],
  sources: ['sources.yaml', SourceDocs],
  places: ['places.yaml', z.array(Place)],
  routes: ['routes.yaml', z.array(Route)],
  counties: ['counties.yaml', z.array(County)],
} as const;

/** Load every data file; throws StoryErrors listing each problem with its file and line. */
export function loadCatalog(dataDir: string): Catalog {
  const rows = {} as Record<keyof CatalogRows, unknown[]>;
  const lineOf = {} as Record<keyof CatalogRows, (p: PropertyKey[]) => number>;
  for (const [key, [name, schema]] of Object.entries(files) as [keyof CatalogRows, (typeof files)[keyof CatalogRows]][]) {
    const file = path.join(dataDir, name);
    const parsed = parseYaml(readFileSync(file, 'utf8'), schema, path.relative(process.cwd(), file));
    rows[key] = parsed.value;
    lineOf[key] = parsed.lineOf;
  }
  const { catalog, problems } = buildCatalog(rows as unknown as CatalogRows);
  if (problems.length)
    throw new StoryErrors(
      problems.map((p) => {
        const file = path.relative(process.cwd(), path.join(dataDir, files[p.file][0]));
        return new StoryError(file, lineOf[p.file]([p.index, p.field]), p.reason);
      }),
    );
  return catalog;
}
