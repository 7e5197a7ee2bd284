/** YAML parsing and zod validation that report file and line, for stories and data files alike. */
import { LineCounter, parseDocument, isNode, type Document } from 'yaml';
import type { z } from 'zod';
import { StoryError } from './errors.ts';

export interface Located<T> {
  value: T;
  /** 1-based line of the value at `path`, falling back to the nearest located ancestor. */
  lineOf: (path: readonly PropertyKey[]) => number;
}

function lineAt(doc: Document, counter: LineCounter, path: readonly PropertyKey[], firstLine: number): number {
  for (let depth = path.length; depth >= 0; depth--) {
    const node = depth === 0 ? doc.contents : doc.getIn(path.slice(0, depth) as unknown[], true);
    if (isNode(node) && node.range) return counter.linePos(node.range[0]).line + firstLine - 1;
  }
  return firstLine;
}

/**
 * Parse `text` (which starts at `firstLine` of `file`) as YAML and validate it
 * with `schema`. Throws a StoryError naming the line of the first problem.
 */
export function parseYaml<S extends z.ZodType>(text: string, schema: S, file: string, firstLine = 1): Located<z.infer<S>> {
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter, uniqueKeys: true, prettyErrors: false });
  const [syntax] = doc.errors;
  if (syntax) {
    const line = counter.linePos(syntax.pos[0]).line + firstLine - 1;
    throw new StoryError(file, line, `YAML syntax: ${syntax.message.split('\n')[0]}`);
  }
  const lineOf = (path: readonly PropertyKey[]) => lineAt(doc, counter, path, firstLine);
  const result = schema.safeParse(doc.toJS());
  if (!result.success) {
    const issue = result.error.issues[0]!;
    const where = issue.path.length ? `${issue.path.join('.')}: ` : '';
    throw new StoryError(file, lineOf(issue.path), `${where}${issue.message}`);
  }
  return { value: result.data, lineOf };
}
