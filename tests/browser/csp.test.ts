/**
 * Under a strict Content-Security-Policy (no inline script, no inline style,
 * nothing from other hosts) every story and deck still works: no eval, no
 * inline code is needed.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { baseURL, launch } from './browser.ts';
import { expectedState, scrollToStep, shownState, storyData, waitForStep } from './story-state.ts';

const CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self' data:";

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe('strict CSP', () => {
  it.each(['port', 'corridor', 'chain'])('story %s draws every step with no violation reported', async (slug) => {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    const violations: string[] = [];
    await context.route(`${baseURL()}/**`, async (route) => {
      try {
        const response = await route.fetch();
        const headers = { ...response.headers(), 'content-security-policy': CSP };
        await route.fulfill({ response, headers });
      } catch {
        // The test is over and the context closing: a prefetch still in flight has nowhere to go.
      }
    });
    const page = await context.newPage();
    page.on('console', (m) => {
      if (/Content Security Policy|Refused to/i.test(m.text())) violations.push(m.text());
    });
    await page.exposeFunction('reportViolation', (v: string) => violations.push(v));
    await page.addInitScript(() =>
      document.addEventListener('securitypolicyviolation', (e) =>
        (window as unknown as { reportViolation: (v: string) => void }).reportViolation(
          `${e.violatedDirective}: ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`,
        ),
      ),
    );
    await page.goto(`${baseURL()}/stories/${slug}/`);
    const { ids, data } = await storyData(page);
    for (const id of ids) {
      await scrollToStep(page, id);
      await waitForStep(page, id);
      expect(await shownState(page), id).toEqual(expectedState(id, data.views[id]!, data));
    }
    expect(violations).toEqual([]);
    await context.unrouteAll({ behavior: 'ignoreErrors' });
    await context.close();
  });
});
