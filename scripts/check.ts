/**
 * `npm run check`: the editing loop's fast check (a few seconds, no build, no browser). Reads every
 * story and data file as the build does and prints each problem as file:line: reason; the evidence
 * test then proves every quoted passage against the source documents.
 */
import path from 'node:path';
import { StoryError, StoryErrors } from '../src/build/read/errors.ts';
import { loadSite } from '../src/build/site.ts';

try {
  const site = loadSite(path.resolve(import.meta.dirname, '..'));
  const steps = site.stories.reduce((n, s) => n + s.steps.length, 0);
  console.log(
    `check: ${site.stories.length} stories, ${steps} steps, ${site.catalog.figures.size} figures, ` +
      `${site.catalog.facts.size} facts, ${site.charts.size} published charts: no problems`,
  );
} catch (e) {
  const errors = e instanceof StoryErrors ? e.errors : e instanceof StoryError ? [e] : undefined;
  if (!errors) throw e;
  for (const error of errors) console.error(error.message);
  console.error(`check: ${errors.length} problem${errors.length > 1 ? 's' : ''}`);
  process.exit(1);
}
