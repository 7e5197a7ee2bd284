/** One Chromium per test file, and pages that record what a reader would notice went wrong. */
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { inject } from 'vitest';
import { launchChromium } from '../../src/build/chromium.ts';

export const baseURL = () => inject('baseURL');

export const launch = launchChromium;

export interface Watched {
  page: Page;
  /** Console errors and uncaught exceptions. */
  errors: string[];
  /** Requests to any host but the site's own. */
  foreign: string[];
}

export async function watchedPage(browser: Browser, width: number, height: number, reducedMotion = false): Promise<Watched> {
  const context = await browser.newContext({
    viewport: { width, height },
    reducedMotion: reducedMotion ? 'reduce' : 'no-preference',
  });
  const page = await context.newPage();
  const errors: string[] = [];
  const foreign: string[] = [];
  const own = new URL(baseURL()).host;
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('request', (r) => {
    const url = new URL(r.url());
    if (url.protocol.startsWith('http') && url.host !== own) foreign.push(r.url());
  });
  return { page, errors, foreign };
}

/** Every story in stories/, by slug. */
export const SLUGS = readdirSync(path.resolve(import.meta.dirname, '../../stories')).filter((d) =>
  existsSync(path.resolve(import.meta.dirname, '../../stories', d, 'story.md')),
);
