/**
 * Story files: YAML front matter, then Markdown in which each ```step fence
 * opens a step (its YAML is the step's view) and the text up to the next fence
 * is the step's text. Every problem is reported with file, line and reason.
 */
import type { Token } from 'markdown-it';
import { distance } from 'fastest-levenshtein';
import type { Catalog } from '../../core/catalog.ts';
import { StoryError, StoryErrors } from './errors.ts';
import { createMarkdown, FIGURE_REF, type MarkdownEnv } from './markdown.ts';
import { refsOf, specOf, type Table } from '../../core/graphics.ts';
import { FrontMatter, StepView, type Step, type StepView as View, type Story } from '../../core/schema/story.ts';
import { parseYaml } from './yaml.ts';

const md = createMarkdown();
const MAX_BYTES = 1_000_000;

interface Segment {
  kind: 'intro' | 'step' | 'outro';
  fence?: Token;
  tokens: Token[];
}

/** A hint for a misspelt id: the nearest known names by edit distance, else a few known ones. */
function closest(name: string, options: Iterable<string>): string {
  const ranked = [...options]
    .map((o) => [o, distance(name, o)] as const)
    .filter(([o, d]) => d <= Math.max(2, Math.floor(Math.max(o.length, name.length) / 3)))
    .sort((a, b) => a[1] - b[1]);
  if (ranked.length)
    return `did you mean ${ranked
      .slice(0, 3)
      .map(([o]) => o)
      .join(' / ')}?`;
  return `known: ${[...options].slice(0, 12).join(' ')}`;
}

/** Ids the page itself uses; a step with one of these would take over the skip link or the story data. */
const RESERVED_IDS = new Set(['main', 'sources-title', 'jh-story-data']);

/** What each table's ids are called in an error. */
const NOUN: Record<Table, string> = {
  figures: 'figure',
  places: 'place',
  routes: 'route',
  facts: 'fact',
  chains: 'chain',
  counties: 'county',
};

/** The ids a table holds, for checks and hints. */
function known(table: Table, catalog: Catalog): ReadonlyMap<string, unknown> {
  if (table === 'chains') return new Map([...catalog.facts].filter(([, f]) => f.topic === 'chain'));
  return catalog[table];
}

/**
 * Check a view against the catalogue by its kind's spec (src/core/graphics.ts): every id it names
 * exists in its table, a list that picks among another holds only ids of that one, figures drawn
 * on one scale share a unit. Returns problems as [path, reason].
 */
function checkView(view: View, catalog: Catalog): [PropertyKey[], string][] {
  const problems: [PropertyKey[], string][] = [];
  if (RESERVED_IDS.has(view.id) || view.id.startsWith('src-'))
    problems.push([['id'], `step id "${view.id}" is reserved by the page; choose another`]);
  for (const { path, table, id } of refsOf(view)) {
    const fact = table === 'chains' ? catalog.facts.get(id) : undefined;
    if (fact && fact.topic !== 'chain') problems.push([path, `fact "${id}" is a ${fact.topic}, not a chain`]);
    else if (!known(table, catalog).has(id))
      problems.push([path, `unknown ${NOUN[table]} "${id}" (${closest(id, known(table, catalog).keys())})`]);
  }
  const spec = specOf(view.graphic);
  const fields = view as unknown as Record<string, unknown>;
  for (const [field, of] of Object.entries(spec.within ?? {})) {
    const among = new Set(fields[of] as string[]);
    (fields[field] as string[]).forEach((id, i) => {
      if (!among.has(id)) problems.push([[field, i], `${field} ${NOUN[spec.refs[of] as Table]} "${id}" is not in this step's ${of}`]);
    });
  }
  if (spec.oneUnit) {
    const ids = spec.oneUnit.flatMap((field) => fields[field] ?? []) as string[];
    const units = new Set(ids.map((id) => catalog.figures.get(id)?.unit).filter((u) => u !== undefined));
    if (units.size > 1)
      problems.push([[spec.oneUnit[0]!], `a ${view.graphic}'s figures must share one unit, got ${[...units].join(', ')}`]);
  }
  return problems;
}

/**
 * A number typed into the text rather than cited from data/figures/.
 * Years (2023 年), months (6 月), list markers and quoted names (“2+4+X”) are fine.
 */
export function bareNumber(line: string): string | undefined {
  // Quoted names made of digits, letters and plus signs (“2+4+X”) are names, not figures.
  const text = line
    .replace(FIGURE_REF, '')
    .replace(/“[\dA-Za-z+]*[A-Za-z+][\dA-Za-z+]*”/g, '')
    .replace(/^\s*\d+\.\s/, '');
  // Digits inside a name (G60, 5G) are not figures.
  for (const m of text.matchAll(/(?<![A-Za-z\d.])\d+(?:\.\d+)?(?![A-Za-z\d])/g)) {
    const after = text.slice(m.index + m[0].length).trimStart();
    if (/^(年|月|日)/.test(after)) continue;
    // A span of years: 2021—2023 年.
    if (/^\d{4}$/.test(m[0]) && (/^[—-]\s*\d{4}\s*年/.test(after) || /\d{4}\s*[—-]\s*$/.test(text.slice(0, m.index)))) continue;
    return m[0];
  }
  return undefined;
}

function splitFrontMatter(source: string, file: string): { yaml: string; body: string; bodyLine: number } {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n/.exec(source);
  if (!match) throw new StoryError(file, 1, 'a story starts with YAML front matter between two "---" lines');
  return { yaml: match[1]!, body: source.slice(match[0].length), bodyLine: match[0].split('\n').length };
}

function segments(tokens: Token[]): Segment[] {
  const out: Segment[] = [{ kind: 'intro', tokens: [] }];
  for (const token of tokens) {
    const info = token.type === 'fence' ? token.info.trim() : '';
    if (info === 'step') out.push({ kind: 'step', fence: token, tokens: [] });
    else if (info === 'outro') out.push({ kind: 'outro', fence: token, tokens: [] });
    else out.at(-1)!.tokens.push(token);
  }
  return out;
}

/** Parse and check a story file against the catalogue. Throws StoryErrors listing every problem. */
export function parseStory(source: string, file: string, slug: string, catalog: Catalog): Story {
  if (source.length > MAX_BYTES) throw new StoryError(file, 1, `story is ${source.length} characters; the limit is ${MAX_BYTES}`);
  if (source.includes('\u0000'))
    throw new StoryError(
      file,
      source.slice(0, source.indexOf('\u0000')).split('\n').length,
      'binary data (NUL byte): a story is UTF-8 text',
    );
  const { yaml, body, bodyLine } = splitFrontMatter(source.replace(/^\uFEFF/, ''), file);
  const meta = parseYaml(yaml, FrontMatter, file, 2);
  const errors: StoryError[] = [];
  meta.value.sources.forEach((id, i) => {
    const doc = catalog.sources.get(id);
    if (!doc || doc.rejected) errors.push(new StoryError(file, meta.lineOf(['sources', i]), `"${id}" is not a citable source document`));
  });

  // Figure references are checked on the raw lines so errors point at the exact line.
  let inFence = false;
  body.split('\n').forEach((text, i) => {
    if (/^\s*(```|~~~)/.test(text)) inFence = !inFence;
    else if (!inFence) {
      const bare = bareNumber(text);
      if (bare)
        errors.push(new StoryError(file, bodyLine + i, `number "${bare}" in the text has no source: cite a figure as {{figure-id}}`));
    }
    for (const m of text.matchAll(FIGURE_REF)) {
      const ref = m[1]!.trim();
      if (!catalog.figures.has(ref))
        errors.push(new StoryError(file, bodyLine + i, `unknown figure "{{${ref}}}" (${closest(ref, catalog.figures.keys())})`));
    }
  });

  const env = (): MarkdownEnv => ({ figures: catalog.figures, cites: [] });
  const parts = segments(md.parse(body, env()));
  const html = (tokens: Token[], e = env()) => md.renderer.render(tokens, md.options, e);
  const steps: Step[] = [];
  const seen = new Map<string, number>();
  /** Published chart ids (embed.id, else the step id) → line. */
  const charts = new Map<string, number>();
  let outro = '';
  for (const part of parts) {
    if (part.kind === 'intro') continue;
    const line = bodyLine + part.fence!.map![0];
    if (part.kind === 'outro') {
      outro = html(part.tokens);
      if (parts.at(-1) !== part) errors.push(new StoryError(file, line, 'the outro fence must come after the last step'));
      continue;
    }
    try {
      const { value: view, lineOf } = parseYaml(part.fence!.content, StepView, file, line + 1);
      for (const [path, reason] of checkView(view, catalog)) errors.push(new StoryError(file, lineOf(path), reason));
      if (seen.has(view.id))
        errors.push(new StoryError(file, lineOf(['id']), `duplicate step id "${view.id}" (first used on line ${seen.get(view.id)})`));
      const chart = view.embed?.id ?? view.id;
      if (charts.has(chart) && !seen.has(view.id))
        errors.push(
          new StoryError(
            file,
            lineOf(view.embed?.id ? ['embed', 'id'] : ['id']),
            `chart id "${chart}" is already published by the step on line ${charts.get(chart)}`,
          ),
        );
      charts.set(chart, line);
      seen.set(view.id, line);
      const text = part.tokens.filter((t) => t.type !== 'softbreak');
      if (!text.some((t) => t.type === 'inline' && t.content.trim()))
        errors.push(new StoryError(file, line, `step "${view.id}" has no text: write what the reader should see`));
      const e = env();
      steps.push({ id: view.id, view, html: html(part.tokens, e), cites: e.cites, line });
    } catch (error) {
      if (error instanceof StoryError) errors.push(error);
      else throw error;
    }
  }
  if (!steps.length && !errors.length) errors.push(new StoryError(file, bodyLine, 'a story needs at least one ```step fence'));
  const preview = meta.value.preview;
  if (preview && steps.length && !steps.some((s) => s.id === preview))
    errors.push(new StoryError(file, meta.lineOf(['preview']), `preview step "${preview}" is not a step of this story`));
  if (errors.length) throw new StoryErrors(errors.sort((a, b) => a.line - b.line));
  return { slug, file, meta: meta.value, intro: html(parts[0]!.tokens), outro, steps };
}
