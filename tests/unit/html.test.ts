/**
 * Every built page passes the Nu HTML Checker (vnu-jar, needs Java) with no
 * errors. Reads dist/ (npm test builds it first).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './catalog.ts';

const DIST = path.join(ROOT, 'dist');
// The jar itself (the package's JS wrapper would look for, or fetch, a Java of its own).
const VNU = path.join(path.dirname(createRequire(import.meta.url).resolve('vnu-jar')), 'build/dist/vnu.jar');

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? htmlFiles(path.join(dir, d.name)) : d.name.endsWith('.html') ? [path.join(dir, d.name)] : [],
  );
}

describe.skipIf(!existsSync(path.join(DIST, 'index.html')))('Nu HTML Checker', () => {
  it('finds no errors in any built page', () => {
    const pages = htmlFiles(DIST);
    expect(pages.length).toBeGreaterThanOrEqual(7);
    let report = '';
    try {
      execFileSync('java', ['-jar', VNU, '--errors-only', '--format', 'gnu', ...pages], { stdio: 'pipe' });
    } catch (e) {
      const err = e as { code?: string; stderr?: Buffer };
      if (err.code === 'ENOENT')
        throw new Error('Java not found: the HTML checker needs it (apt-get install default-jre-headless)', { cause: e });
      report = err.stderr?.toString() ?? String(e);
    }
    expect(report.replaceAll(`${DIST}/`, '')).toBe('');
  }, 60_000);

  it('names icons that exist, none of them SVG (Chrome would build an SVG document on the main thread)', () => {
    const pages = htmlFiles(DIST).filter((p) => !p.includes(`${path.sep}offline${path.sep}`));
    const missing: string[] = [];
    for (const page of pages) {
      const icons = [...readFileSync(page, 'utf8').matchAll(/<link rel="(?:icon|apple-touch-icon)"[^>]*href="([^"]+)"/g)].map((m) => m[1]!);
      if (!icons.length) missing.push(`${path.relative(DIST, page)}: no icon`);
      for (const href of icons) {
        if (href.endsWith('.svg')) missing.push(`${path.relative(DIST, page)}: ${href} is SVG`);
        else if (!existsSync(path.join(DIST, href))) missing.push(`${path.relative(DIST, page)}: ${href} not built`);
      }
    }
    expect(missing).toEqual([]);
  });
});
