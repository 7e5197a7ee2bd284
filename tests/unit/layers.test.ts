/**
 * The layers (README, "Layout"), held by a test: which folder's code may import which. Imports are
 * read by dependency-cruiser with TypeScript's own parser, so a type-only import is told from one
 * that ships code; a broken rule fails naming the rule, the file and the import. A fixture tree
 * with one import of each forbidden kind proves every rule can fail.
 */
import path from 'node:path';
import { cruise, type ICruiseResult, type IForbiddenRuleType, type IModule } from 'dependency-cruiser';
import { describe, expect, it } from 'vitest';
import { ROOT } from './catalog.ts';

/** Code that runs in a browser: on our pages, in workers, on other sites' pages. */
const BROWSER = '^src/(platform|elements|client|host)/';

export const RULES: IForbiddenRuleType[] = [
  {
    name: 'core-is-pure',
    comment: 'core/ runs in Node, page and worker: it imports only core/',
    from: { path: '^src/core/' },
    to: { path: '^src/', pathNot: '^src/core/' },
  },
  {
    name: 'core-without-node',
    comment: 'core/ runs in the page too: no node: modules',
    from: { path: '^src/core/' },
    to: { dependencyTypes: ['core'] },
  },
  {
    name: 'platform-over-core',
    comment: 'platform/ imports only core/',
    from: { path: '^src/platform/' },
    to: { path: '^src/', pathNot: '^src/(core|platform)/' },
  },
  {
    name: 'elements-below-pages',
    comment: 'an element never imports client/, host/ or build/',
    from: { path: '^src/elements/' },
    to: { path: '^src/(client|host|build)/' },
  },
  {
    name: 'elements-apart',
    comment: "an element never imports another element's folder (shared code goes to elements/internal or elements/maps)",
    from: { path: '^src/elements/(jh-[^/]+)/' },
    to: { path: '^src/elements/jh-[^/]+/', pathNot: '^src/elements/$1/' },
  },
  {
    name: 'shared-element-code-below-elements',
    from: { path: '^src/elements/(internal|maps)/' },
    to: { path: '^src/elements/(jh-[^/]+/|loaders\\.ts$)' },
  },
  { name: 'client-not-host-or-build', from: { path: '^src/client/' }, to: { path: '^src/(host|build)/' } },
  { name: 'host-not-client-or-build', from: { path: '^src/host/' }, to: { path: '^src/(client|build)/' } },
  {
    name: 'host-scripts-stay-small',
    comment: '/embed.js and /embed/resize.js are es2015 scripts on other sites’ pages: no elements, no packages',
    from: { path: '^src/host/[^/]+\\.ts$' },
    to: { path: '^src/elements/|node_modules' },
  },
  {
    name: 'build-over-core',
    comment: 'build/ is Node: it reaches the browser code only by file path',
    from: { path: '^src/build/' },
    to: { path: '^src/', pathNot: '^src/(core|build)/' },
  },
  { name: 'browser-without-node', from: { path: BROWSER }, to: { dependencyTypes: ['core'] } },
  {
    name: 'browser-imports-schemas-as-types',
    comment: 'zod stays at build: the browser imports schema types only',
    from: { path: BROWSER },
    to: { path: '^src/core/schema/|node_modules/zod/', dependencyTypesNot: ['type-only'] },
  },
  {
    name: 'scripts-over-build',
    comment: 'scripts/ are command lines over build/',
    from: { path: '^scripts/' },
    to: { path: '^src/', pathNot: '^src/build/' },
  },
  { name: 'no-cycles', from: {}, to: { circular: true } },
];

async function modules(dirs: string[], baseDir: string): Promise<ICruiseResult> {
  const { output } = await cruise(
    dirs,
    {
      baseDir,
      validate: true,
      ruleSet: { forbidden: RULES },
      tsPreCompilationDeps: true,
      doNotFollow: { path: 'node_modules' },
      exclude: { path: '\\.test\\.ts$|\\.d\\.ts$' },
      // The stylesheets, ?inline CSS and virtual modules are Vite's; resolving them is not the point.
      moduleSystems: ['es6'],
    },
    { extensions: ['.ts', '.js', '.css'] },
    { tsConfig: { fileName: path.join(ROOT, 'tsconfig.json') } },
  );
  return output as ICruiseResult;
}

const describeViolations = (result: ICruiseResult) =>
  result.summary.violations.map(
    (v) => `${v.rule.name}: ${v.from} → ${v.to}${v.cycle ? ` (cycle: ${v.cycle.map((c) => c.name).join(' → ')})` : ''}`,
  );

/** Module-level edges that ship code (type-only imports left out). */
const valueEdges = (m: IModule) => m.dependencies.filter((d) => !d.dependencyTypes.includes('type-only'));

/** Folders importing each other, directly or around a loop: each as the loop and one import per step. */
export function folderCycles(result: ICruiseResult): string[] {
  const edges = new Map<string, Map<string, string>>();
  for (const m of result.modules) {
    if (!m.source.startsWith('src/')) continue;
    for (const d of m.dependencies) {
      if (!d.resolved.startsWith('src/')) continue;
      const [a, b] = [path.dirname(m.source), path.dirname(d.resolved)];
      if (a === b) continue;
      if (!edges.has(a)) edges.set(a, new Map());
      if (!edges.get(a)!.has(b)) edges.get(a)!.set(b, `${m.source} → ${d.resolved}`);
    }
  }
  // Tarjan's strongly connected components: a component of two or more folders is a loop.
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const found: string[][] = [];
  const visit = (v: string) => {
    index.set(v, index.size);
    low.set(v, index.get(v)!);
    stack.push(v);
    for (const w of edges.get(v)?.keys() ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (stack.includes(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) === index.get(v)) {
      const component: string[] = [];
      let w: string;
      do component.push((w = stack.pop()!));
      while (w !== v);
      if (component.length > 1) found.push(component);
    }
  };
  for (const v of edges.keys()) if (!index.has(v)) visit(v);
  return found.map((c) => {
    const inside = c.flatMap((a) => [...(edges.get(a) ?? [])].filter(([b]) => c.includes(b)).map(([, example]) => example));
    return `${c.sort().join(' ⇄ ')}: ${inside.sort().join('; ')}`;
  });
}

/** Browser modules that reach `target` (a package or node: module) through imports that ship code. */
export function reachedFromBrowser(result: ICruiseResult, target: RegExp): string[] {
  const bySource = new Map(result.modules.map((m) => [m.source, m]));
  const out: string[] = [];
  for (const start of result.modules.filter((m) => new RegExp(BROWSER).test(m.source))) {
    const seen = new Set<string>();
    const queue: [string, string[]][] = [[start.source, [start.source]]];
    while (queue.length) {
      const [source, trail] = queue.shift()!;
      for (const d of valueEdges(bySource.get(source)!)) {
        if (target.test(d.resolved) || (d.coreModule && target.test(`node:${d.resolved}`))) {
          out.push([...trail, d.resolved].join(' → '));
          continue;
        }
        if (seen.has(d.resolved) || !bySource.has(d.resolved) || d.resolved.includes('node_modules')) continue;
        seen.add(d.resolved);
        queue.push([d.resolved, [...trail, d.resolved]]);
      }
    }
  }
  return out;
}

describe('layers', () => {
  let result: ICruiseResult;

  it('every import follows the rules of its layer', { timeout: 60_000 }, async () => {
    result = await modules(['src', 'scripts'], ROOT);
    expect(result.modules.length).toBeGreaterThan(100);
    expect(describeViolations(result)).toEqual([]);
  });

  it('no two folders import each other', () => {
    expect(folderCycles(result)).toEqual([]);
  });

  it('no browser code reaches zod or a node: module, even through core', () => {
    expect(reachedFromBrowser(result, /node_modules\/zod\/|^node:/)).toEqual([]);
  });

  it('catches each kind of forbidden import (a fixture tree with one of each)', { timeout: 60_000 }, async () => {
    const fixture = await modules(['src'], path.join(ROOT, 'tests/fixtures/layers'));
    const broken = describeViolations(fixture).map((v) => v.split(':')[0]);
    expect(new Set(broken)).toEqual(new Set(RULES.filter((r) => r.name !== 'scripts-over-build').map((r) => r.name)));
    expect(folderCycles(fixture)).toContainEqual(
      expect.stringMatching(
        /^src\/build\/a ⇄ src\/build\/b: src\/build\/a\/a\.ts → src\/build\/b\/b\.ts; src\/build\/b\/b\.ts → src\/build\/a\/a2\.ts$/,
      ),
    );
    expect(reachedFromBrowser(fixture, /node_modules\/zod\/|^node:/)).toContainEqual(
      expect.stringMatching(/^src\/client\/reaches-zod\.ts → src\/core\/uses-zod\.ts → /),
    );
  });
});
