/**
 * The site model, for the Vite plugin, the build steps, the scripts and the tests alike: every story
 * parsed and checked against the catalogue, every published chart, the redirects of old chart ids,
 * and a renderer per page. Reading it throws one error listing every problem in every file, each
 * with its file and line.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import type { Catalog } from '../core/catalog.ts';
import type { EmbedChart } from '../core/embed/chart.ts';
import type { Story } from '../core/schema/story.ts';
import { publishedCharts, redirectProblems, type Redirects } from './model/published.ts';
import { factsShown, figuresShown, hasMapRows, splitStoryData, storyData } from './model/story-data.ts';
import { homeParts } from './pages/home.ts';
import { renderMethodsPage } from './pages/methods-page.ts';
import { renderOfflinePage } from './pages/offline-page.ts';
import { renderPresentPage } from './pages/present-page.ts';
import { renderStoryPage } from './pages/story-page.ts';
import { StoryError, StoryErrors } from './read/errors.ts';
import { loadCatalog } from './read/load-data.ts';
import { parseStory } from './read/parse-story.ts';
import { parseYaml } from './read/yaml.ts';

export interface Site {
  catalog: Catalog;
  stories: Story[];
  render: (s: Story) => string;
  present: (s: Story) => string;
  offline: (s: Story) => string;
  /** The places and routes a story's maps draw, as the file its pages fetch (mapRowsUrl); none if it has none. */
  mapRows: (s: Story) => string | undefined;
  methods: () => string;
  /** The landing page (index.html) with its markers filled in. */
  home: (html: string) => string;
  /** Every published chart, by id. */
  charts: Map<string, EmbedChart>;
  /** Old chart ids → current ids. */
  redirects: Redirects;
}

const ChartId = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*\/[a-z0-9]+(-[a-z0-9]+)*$/, 'a chart id: <story>/<chart>, e.g. "port/economy"');
const REDIRECTS_FILE = path.join('data', 'embed-redirects.yaml');

function loadRedirects(root: string, published: string[]): Redirects {
  const file = path.join(root, REDIRECTS_FILE);
  if (!existsSync(file)) return {};
  const parsed = parseYaml(readFileSync(file, 'utf8'), z.record(ChartId, ChartId).nullable(), REDIRECTS_FILE);
  const redirects = parsed.value ?? {};
  const problems = redirectProblems(published, redirects);
  if (problems.length)
    throw new StoryErrors(problems.map((p) => new StoryError(REDIRECTS_FILE, parsed.lineOf([/"([^"]+)"/.exec(p)![1]!]), p)));
  return redirects;
}

/** Read and check every story and data file under `root`. */
export function loadSite(root: string): Site {
  const catalog = loadCatalog(path.join(root, 'data'));
  const dir = path.join(root, 'stories');
  const slugs = readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(path.join(dir, d.name, 'story.md')))
    .filter((d) => {
      if (/^[a-z0-9]+(-[a-z0-9]+)*$/.test(d.name)) return true;
      throw new StoryError(path.join('stories', d.name, 'story.md'), 1, 'a story folder name is its URL: latin kebab-case, e.g. "port"');
    })
    .map((d) => d.name)
    .sort();
  const stories: Story[] = [];
  const errors: StoryError[] = [];
  const texts = new Map<string, string>();
  for (const slug of slugs) {
    const file = path.join('stories', slug, 'story.md');
    try {
      const text = readFileSync(path.join(root, file), 'utf8');
      texts.set(file, text);
      stories.push(parseStory(text, file, slug, catalog));
    } catch (e) {
      if (e instanceof StoryErrors) errors.push(...e.errors);
      else if (e instanceof StoryError) errors.push(e);
      else throw e;
    }
  }
  // The sources list at the end of a story must name every document its figures and facts cite.
  for (const story of stories) {
    const listed = new Set(story.meta.sources);
    const cited = [...figuresShown(story, catalog), ...factsShown(story, catalog)].filter((r) => !listed.has(r.source));
    const line = (texts.get(story.file) ?? '').split('\n').findIndex((l) => l.startsWith('sources:')) + 1;
    for (const r of cited.slice(0, 3))
      errors.push(new StoryError(story.file, line, `"${r.id}" cites document ${r.source}, which is missing from sources`));
  }
  if (errors.length) throw new StoryErrors(errors);
  const charts = new Map(stories.flatMap((s) => publishedCharts(s, catalog)).map((c) => [c.id, c]));
  const redirects = loadRedirects(root, [...charts.keys()]);
  return {
    catalog,
    charts,
    redirects,
    stories,
    render: (s) => String(renderStoryPage(s, catalog)),
    present: (s) => String(renderPresentPage(s, catalog)),
    offline: (s) => String(renderOfflinePage(s, catalog)),
    mapRows: (s) => {
      const { maps } = splitStoryData(storyData(s, catalog));
      return hasMapRows(maps) ? JSON.stringify(maps) : undefined;
    },
    methods: () => String(renderMethodsPage(stories, catalog)),
    home: (html) => Object.entries(homeParts(stories)).reduce((page, [marker, part]) => page.replace(marker, String(part)), html),
  };
}
