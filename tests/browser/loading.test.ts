/**
 * What loads when: the text is in the HTML before any script; ECharts is
 * fetched only as a chart step nears; reduced motion draws without animation.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { baseURL, launch, watchedPage } from './browser.ts';
import { scrollToStep, storyData, waitForStep } from './story-state.ts';

/** The page's requests for the files `match` names, and its console warnings (an unused preload is one). */
function recordRequests(page: Page, match: (url: string) => boolean) {
  const asked: string[] = [];
  const warnings: string[] = [];
  page.on('request', (r) => void (match(r.url()) && asked.push(r.url())));
  page.on('console', (m) => void (m.type() === 'warning' && warnings.push(m.text())));
  return { asked, warnings };
}

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe('loading', () => {
  it('reads without scripts: the story text is in the HTML', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(baseURL() + '/stories/port/');
    expect(await page.locator('[data-step]').count()).toBeGreaterThanOrEqual(10);
    await expect(page.locator('h1').textContent()).resolves.toBe('不靠海的大港');
    expect(await page.locator('.jh-fig').first().textContent()).toMatch(/\d/);
    await context.close();
  });

  it('lays the story out once: the scroller is where it will be before its script runs', async () => {
    // Declarative shadow DOM and the page's stylesheet place the sticky graphic and the steps at
    // first paint; upgrading the element must not move them (that would be a second full layout).
    const boxes = async (javaScriptEnabled: boolean) => {
      const context = await browser.newContext({ javaScriptEnabled, viewport: { width: 390, height: 844 } });
      const page = await context.newPage();
      await page.goto(baseURL() + '/stories/port/');
      if (javaScriptEnabled) await waitForStep(page, 'inland');
      const box = (selector: string) =>
        page
          .locator(selector)
          .first()
          .evaluate((el) => {
            const r = el.getBoundingClientRect();
            return [Math.round(r.top + scrollY), Math.round(r.height)];
          });
      const result = {
        graphic: await box('[slot="graphic"]'),
        card: await box('.jh-step__card'),
        last: await box('.jh-step:last-of-type'),
      };
      await context.close();
      return result;
    };
    const [before, after] = [await boxes(false), await boxes(true)];
    expect(before.graphic[1], 'the stage holds the upper half of the screen before any script').toBeGreaterThan(844 * 0.5);
    expect(after).toEqual(before);
  });

  it('names the first graphic’s code in the page, so no script has to add it', async () => {
    const { page } = await watchedPage(browser, 390, 844);
    // Links added by script (after parsing) before the first step is drawn; later ones are for
    // the other graphics, loaded while the reader reads.
    await page.addInitScript(`(() => {
      window.addedEarly = [];
      new MutationObserver((records) => {
        if (document.readyState === 'loading' || document.querySelector('[slot="graphic"]')?.dataset.activeStep) return;
        for (const r of records) for (const n of r.addedNodes) if (n.localName === 'link') window.addedEarly.push(n.href);
      }).observe(document, { childList: true, subtree: true });
    })()`);
    await page.goto(baseURL() + '/stories/port/');
    await waitForStep(page, 'inland');
    const named = await page.locator('link[rel="modulepreload"]').evaluateAll((links) => links.map((l) => (l as HTMLLinkElement).href));
    expect(
      named.some((href) => /\/jh-route-map-[^/]+\.js$/.test(href)),
      'the first graphic (route map) is preloaded',
    ).toBe(true);
    expect(await page.evaluate('window.addedEarly'), 'links added by script before the first graphic was drawn').toEqual([]);
    await page.context().close();
  });

  it('keeps the maps’ places and routes out of the HTML, and fetches them once, with the scripts', async () => {
    const { page, errors } = await watchedPage(browser, 390, 844);
    const { asked, warnings } = recordRequests(page, (url) => url.endsWith('/maps.json'));
    const html = await (await page.goto(baseURL() + '/stories/port/'))!.text();
    await waitForStep(page, 'inland');
    const own = JSON.parse(/<script type="application\/json" id="jh-story-data"[^>]*>([^<]*)<\/script>/.exec(html)![1]!) as object;
    expect(Object.keys(own)).not.toContain('routes');
    expect(html, 'no route path in the page').not.toMatch(/"path":\[\[/);
    expect(html).toContain('<link rel="preload" as="fetch" href="/stories/port/maps.json" crossorigin>');
    // Drawn from the file: the first map shows its places.
    expect(await page.locator('jh-route-map').evaluate((el) => el.shadowRoot!.querySelectorAll('[data-place]').length)).toBeGreaterThan(0);
    expect(asked, 'the preload is the one request: the runtime’s fetch reuses it').toEqual([baseURL() + '/stories/port/maps.json']);
    expect(warnings.filter((w) => /preload/i.test(w))).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('says in the graphic’s box when the map rows fail to load; the text stays', async () => {
    const { page } = await watchedPage(browser, 390, 844);
    await page.route('**/maps.json', (r) => r.fulfill({ status: 503, body: 'unavailable' }));
    await page.goto(baseURL() + '/stories/port/');
    await waitForStep(page, 'inland');
    const alert = page.locator('[slot="graphic"] > jh-route-map [role="alert"]');
    await expect(alert.textContent()).resolves.toMatch(/没能加载.*maps\.json: HTTP 503.*请刷新重试/);
    expect(await page.locator('[data-step="inland"] .jh-step__card').textContent()).toMatch(/\S{10}/);
    await page.context().close();
  });

  it('keeps a graphic’s drawing while another step’s graphic shows, instead of drawing it again', async () => {
    const { page } = await watchedPage(browser, 390, 844);
    await page.goto(baseURL() + '/stories/port/#counties');
    await waitForStep(page, 'counties');
    const mark = () =>
      page.locator('jh-county-map').evaluate((el) => {
        const svg = el.shadowRoot!.querySelector('svg')!;
        const seen = (svg as SVGSVGElement & { seen?: number }).seen;
        (svg as SVGSVGElement & { seen?: number }).seen = 1;
        return seen ?? 0;
      });
    expect(await mark()).toBe(0);
    await scrollToStep(page, 'economy'); // a chart: the county map is hidden
    await waitForStep(page, 'economy');
    await scrollToStep(page, 'counties');
    await waitForStep(page, 'counties');
    expect(await mark(), 'the same <svg> element, not one drawn anew').toBe(1);
    await page.context().close();
  });

  it('keeps a graphic laid out while another step’s is up, and fades it in again when it returns', async () => {
    const { page } = await watchedPage(browser, 390, 844);
    await page.goto(baseURL() + '/stories/port/#counties');
    await waitForStep(page, 'counties');
    await scrollToStep(page, 'economy'); // a chart: the county map is hidden
    await waitForStep(page, 'economy');
    const map = page.locator('jh-county-map');
    const hidden = await map.evaluate((el) => ({
      hidden: (el as HTMLElement).hidden,
      visibility: getComputedStyle(el).visibility,
      // Laid out: a display:none graphic has no box, and would be laid out anew when it returns.
      width: el.shadowRoot!.querySelector('svg')!.getBoundingClientRect().width,
      name: el.shadowRoot!.querySelector('svg')!.getAttribute('aria-label')!,
    }));
    expect(hidden).toMatchObject({ hidden: true, visibility: 'hidden' });
    expect(hidden.width).toBeGreaterThan(300);
    // Not in the accessibility tree while hidden.
    const named = page.getByRole('img', { name: hidden.name, exact: true });
    expect(await named.count()).toBe(0);
    await map.evaluate((el) =>
      el.addEventListener('animationstart', (e) => ((el as HTMLElement).dataset['faded'] = (e as AnimationEvent).animationName), {
        once: true,
      }),
    );
    await scrollToStep(page, 'counties');
    await waitForStep(page, 'counties');
    expect(await named.count()).toBe(1);
    // The animation starts with the next frame, which may come after the step is marked drawn.
    await expect.poll(() => map.getAttribute('data-faded'), { message: 'the fade-in plays again', timeout: 2000 }).toBe('jh-fade');
    await page.context().close();
  });

  it('estimates a step laid out later at its real height, so the page does not change length', async () => {
    const { page } = await watchedPage(browser, 390, 844);
    await page.goto(baseURL() + '/stories/port/');
    await waitForStep(page, 'inland');
    const ends = () => page.locator('.story > .outro').evaluate((el) => Math.round(el.getBoundingClientRect().top + scrollY));
    const estimated = await ends();
    // Lay every step out for real.
    await page.addStyleTag({ content: 'jh-scroller > .jh-step { content-visibility: visible !important; }' });
    expect(await ends()).toBe(estimated);
    await page.context().close();
  });

  it('lays out the sections after the story before the last step, not in the same frame', async () => {
    const { page } = await watchedPage(browser, 390, 844);
    await page.goto(baseURL() + '/stories/port/');
    await waitForStep(page, 'inland');
    const laidOut = () =>
      page.locator('.story > .outro, .story > .sources').evaluateAll((els) => els.map((e) => e.classList.contains('is-laid-out')));
    expect(await laidOut(), 'not at the start: a phone’s first layout skips them').toEqual([false, false]);
    const { ids } = await storyData(page);
    const before = ids.at(-3)!;
    await scrollToStep(page, before);
    await waitForStep(page, before);
    await page.waitForFunction(() => document.querySelectorAll('.story > .is-laid-out').length === 2);
    expect(await laidOut()).toEqual([true, true]);
    // Their blocks too, each in an idle moment of its own.
    await page.waitForFunction(() =>
      [...document.querySelectorAll('.story > .sources > *')].every((e) => e.classList.contains('is-laid-out')),
    );
    await page.context().close();
  });

  it('lays out the next steps’ text while the reader is on this one, not in the frame that changes the graphic', async () => {
    const { page } = await watchedPage(browser, 390, 844);
    await page.goto(baseURL() + '/stories/port/');
    await waitForStep(page, 'inland');
    const { ids } = await storyData(page);
    const laidOut = (id: string) => page.locator(`[data-step="${id}"]`).evaluate((el) => el.classList.contains('is-laid-out'));
    await page.waitForFunction((id) => document.querySelector(`[data-step="${id}"]`)!.classList.contains('is-laid-out'), ids[1]);
    expect(await laidOut(ids.at(-1)!), 'not the whole story at once').toBe(false);
    expect(await page.locator(`[data-step="${ids[1]}"]`).evaluate((el) => getComputedStyle(el).contentVisibility)).toBe('visible');
    await page.context().close();
  });

  it('fetches ECharts only when a chart step is near', async () => {
    const { page } = await watchedPage(browser, 1440, 900);
    const echarts: string[] = [];
    page.on('request', (r) => {
      // The chart worker carries ECharts; the page's own copy is only for where a worker cannot start.
      if (/\/(echarts|chart-worker)-[^/]+\.js$/.test(r.url())) echarts.push(r.url());
    });
    // Land on a map step two steps from any chart.
    const start = 'xinou-network';
    await page.goto(`${baseURL()}/stories/port/#${start}`);
    const { ids, data } = await storyData(page);
    const at = ids.indexOf(start);
    const charts = ids.flatMap((id, i) => (data.views[id]!.graphic === 'chart' ? [i] : []));
    expect(Math.min(...charts.map((c) => Math.abs(c - at))), 'fixture: charts are two steps away').toBe(2);
    const firstChart = charts.find((c) => c > at)!;
    await waitForStep(page, start);
    await page.waitForLoadState('networkidle');
    expect(echarts).toEqual([]);
    const before = ids[firstChart - 1]!;
    await scrollToStep(page, before);
    await waitForStep(page, before);
    await page.waitForLoadState('networkidle');
    // Only the worker: the page's own copy of ECharts is for where a worker cannot start.
    expect(echarts).toEqual([expect.stringMatching(/\/chart-worker-[^/]+\.js$/)]);
    await page.context().close();
  });

  it('puts the step in the URL once the steps rest, not in the step change’s own task', async () => {
    const { page, errors } = await watchedPage(browser, 390, 844);
    await page.goto(baseURL() + '/stories/port/');
    const { ids } = await storyData(page);
    await waitForStep(page, ids[0]!);
    await page.evaluate(() => {
      const seen: string[] = [];
      (window as unknown as { hashAtChange: string[] }).hashAtChange = seen;
      document.addEventListener('jh-step-change', (e) => seen.push(`${location.hash} → #${(e as CustomEvent<{ id: string }>).detail.id}`));
    });
    await scrollToStep(page, ids[1]!);
    await waitForStep(page, ids[1]!);
    await scrollToStep(page, ids[2]!);
    await waitForStep(page, ids[2]!);
    await expect.poll(() => new URL(page.url()).hash).toBe(`#${ids[2]}`);
    // As each step changed, the URL still named the step before it (or none, on the first).
    const changes = await page.evaluate(() => (window as unknown as { hashAtChange: string[] }).hashAtChange);
    expect(changes).toEqual([` → #${ids[1]}`, expect.stringMatching(new RegExp(`^(#${ids[1]})? → #${ids[2]}$`))]);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('changes the step in a task of its own, not inside the scroll observers’ callbacks', async () => {
    // Scrollama's observers read the scroll position; in the task where a step change has just
    // dirtied the page, that read made the browser lay it all out there and then (a 60-90 ms task
    // at 4× CPU on the chain story's treemap step).
    const { page, errors } = await watchedPage(browser, 390, 844);
    // A string: tsx would wrap a function's class in a helper the page does not have.
    await page.addInitScript(`
      const Native = IntersectionObserver;
      window.inObserver = 0;
      window.changedInObserver = [];
      window.IntersectionObserver = class extends Native {
        constructor(callback, options) {
          super((entries, observer) => {
            window.inObserver++;
            try { callback(entries, observer); } finally { window.inObserver--; }
          }, options);
        }
      };
      document.addEventListener('jh-step-change', (e) => window.changedInObserver.push([e.detail.id, window.inObserver > 0]));
    `);
    await page.goto(baseURL() + '/stories/chain/');
    const { ids } = await storyData(page);
    await waitForStep(page, ids[0]!);
    for (const id of ids.slice(1, 5)) {
      await scrollToStep(page, id);
      await waitForStep(page, id);
    }
    const changes = await page.evaluate(() => (window as unknown as { changedInObserver: [string, boolean][] }).changedInObserver);
    expect(changes.map(([id]) => id)).toEqual(expect.arrayContaining(ids.slice(1, 5)));
    expect(changes.filter(([, inside]) => inside)).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('lays out each stage of a graphic’s first drawing in a frame of its own', async () => {
    // With only a yield between stages, two or three of them ran before the next frame, which
    // then laid them all out at once: one long frame on a phone, as if drawn in one piece.
    const { page, errors } = await watchedPage(browser, 390, 844);
    await page.goto(baseURL() + '/stories/chain/');
    const { ids, data } = await storyData(page);
    const id = ids.find((i) => data.views[i]!.graphic === 'treemap')!;
    await waitForStep(page, ids[0]!);
    // Each frame, before its layout: what the treemap has drawn so far.
    await page.evaluate(`(() => {
      window.seen = [];
      let frame = 0;
      const tick = () => {
        frame++;
        const root = document.querySelector('jh-treemap')?.shadowRoot;
        const has = (s) => !!root?.querySelector(s);
        window.seen.push([frame, has('.tile'), has('.tile-label'), has('details.data')]);
        requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
    })()`);
    await scrollToStep(page, id);
    await waitForStep(page, id);
    const seen = await page.evaluate<[number, boolean, boolean, boolean][]>('window.seen');
    const first = (k: 1 | 2 | 3) => seen.find((s) => s[k])?.[0] ?? Infinity;
    const [tiles, labels, table] = [first(1), first(2), first(3)];
    expect(tiles, 'the tiles are drawn').toBeLessThan(Infinity);
    expect(labels, `labels in a later frame than the tiles (frames ${tiles}, ${labels})`).toBeGreaterThan(tiles);
    expect(table, `the table in a later frame than the labels (frames ${labels}, ${table})`).toBeGreaterThan(labels);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('loads the other graphics’ code once the reader moves on, each in an idle moment of its own', async () => {
    // A module that is ready evaluates and upgrades its element as soon as it is imported: all
    // imported in one idle callback, they made the longest task of a page's load (60–85 ms).
    // Here the page's idle callbacks wait for the test, which lets them run one at a time.
    const { page, errors } = await watchedPage(browser, 390, 844);
    await page.addInitScript(`
      window.idleQueue = [];
      window.requestIdleCallback = (callback) => window.idleQueue.push(callback);
      window.runIdle = () => {
        const callback = window.idleQueue.shift();
        callback?.({ didTimeout: false, timeRemaining: () => 50 });
        return !!callback;
      };
    `);
    await page.goto(baseURL() + '/stories/chain/');
    const { ids } = await storyData(page);
    await waitForStep(page, ids[0]!);
    const tags = await page.evaluate(() => [...new Set([...document.querySelectorAll('[slot="graphic"] > *')].map((el) => el.localName))]);
    expect(tags.length, 'the chain story has graphics of several kinds').toBeGreaterThanOrEqual(4);
    const defined = () => page.evaluate((tags) => tags.filter((tag) => customElements.get(tag)), tags);
    // A reader still on the first screen: idle moments pass, and no other graphic's code loads.
    for (let i = 0; i < 3; i++) await page.evaluate(() => (window as unknown as { runIdle(): boolean }).runIdle());
    await page.waitForTimeout(300);
    const seen = [await defined()];
    expect(seen[0]!.length, 'only the first step’s graphic before the reader moves on').toBe(1);
    await page.mouse.wheel(0, 40);
    for (let i = 0; i < 40 && seen.at(-1)!.length < tags.length; i++) {
      if (!(await page.evaluate(() => (window as unknown as { runIdle(): boolean }).runIdle()))) await page.waitForTimeout(50);
      else await page.waitForTimeout(300); // time for an imported chunk to arrive and define its tag
      seen.push(await defined());
    }
    expect(seen.at(-1)!.sort(), 'every graphic’s code loaded before it is needed').toEqual([...tags].sort());
    const steps = seen.slice(1).map((now, i) => now.length - seen[i]!.length);
    expect(Math.max(...steps), `graphics defined per idle moment: ${steps.join(' ')}`).toBe(1);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('fetches the first map’s geometry once, from the request its <head> started', async () => {
    // The preload is only worth it if the map's own fetch takes its response: asked for with other
    // credentials, the browser would fetch the file a second time.
    const { page, errors } = await watchedPage(browser, 390, 844);
    const { asked: requested, warnings } = recordRequests(page, (url) => url.includes('jinhua-counties.topo'));
    await page.goto(baseURL() + '/stories/chain/');
    const { ids } = await storyData(page);
    await waitForStep(page, ids[0]!);
    expect(await page.locator('jh-county-map path.county').count(), 'the map drew its nine counties').toBe(9);
    expect(requested, 'one request for the county geometry').toHaveLength(1);
    expect(warnings.filter((w) => /preload/i.test(w))).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('turns the route map’s geometry into paths in a worker, and on the page where no worker can start', async () => {
    const draw = async (workers: boolean) => {
      const { page, errors } = await watchedPage(browser, 390, 844);
      // As on another site's page (a script embed): constructing this worker throws.
      if (!workers)
        await page.addInitScript(() => {
          const Native = Worker;
          window.Worker = class extends Native {
            constructor(url: string | URL, options?: WorkerOptions) {
              if (String(url).includes('base-worker')) throw new DOMException('worker blocked', 'SecurityError');
              super(url, options);
            }
          };
        });
      const started: string[] = [];
      page.on('worker', (w) => started.push(w.url()));
      await page.goto(baseURL() + '/stories/port/');
      await waitForStep(page, 'inland');
      const land = await page.evaluate(() =>
        [...document.querySelector('jh-route-map')!.shadowRoot!.querySelectorAll('.land path')].reduce(
          (n, p) => n + p.getAttribute('d')!.length,
          0,
        ),
      );
      // Which geometry files the page itself fetched (and so decoded and outlined on its main thread).
      const fetched = await page.evaluate(() =>
        performance.getEntriesByType('resource').flatMap((e) => /\/(eurasia|zhejiang|jinhua-counties)[^/]*\.json$/.exec(e.name)?.[1] ?? []),
      );
      await page.context().close();
      return { land, fetched, base: started.some((u) => /\/base-worker-[^/]+\.js$/.test(u)), errors };
    };
    const inWorker = await draw(true);
    expect(inWorker.base, 'the base worker started').toBe(true);
    expect(inWorker.fetched, 'the page fetched no geometry itself').toEqual([]);
    expect(inWorker.land, 'the Eurasian land is drawn').toBeGreaterThan(20_000);
    const onPage = await draw(false);
    expect(onPage.base).toBe(false);
    expect(onPage.fetched.sort()).toEqual(['eurasia', 'jinhua-counties', 'zhejiang']);
    expect(onPage.land, 'the same drawing').toBe(inWorker.land);
    expect([...inWorker.errors, ...onPage.errors]).toEqual([]);
  });

  it('grows a chart’s bars in from the axis, and not at all under reduced motion', async () => {
    const bars = async (reduced: boolean) => {
      const { page } = await watchedPage(browser, 1440, 900, reduced);
      await page.goto(baseURL() + '/stories/port/#xinou-trains');
      await waitForStep(page, 'xinou-trains');
      const names = await page.evaluate(() =>
        [...document.querySelector('jh-chart')!.shadowRoot!.querySelectorAll('.ec [data-series]')].map(
          (p) => getComputedStyle(p).animationName,
        ),
      );
      await page.context().close();
      return names;
    };
    const moving = await bars(false);
    expect(moving.length).toBe(3);
    expect(new Set(moving)).toEqual(new Set(['jh-grow']));
    expect(new Set(await bars(true))).toEqual(new Set(['none']));
  });

  it('draws routes and zooms without animation when the reader asks for reduced motion', async () => {
    const { page } = await watchedPage(browser, 1440, 900, true);
    await page.goto(baseURL() + '/stories/port/#xinou-network');
    await waitForStep(page, 'xinou-network');
    const animations = await page.evaluate(() => {
      const root = document.querySelector('jh-route-map')!.shadowRoot!;
      return [...root.querySelectorAll('path.route')].map((p) => getComputedStyle(p).animationName);
    });
    expect(animations.length).toBeGreaterThan(0);
    expect(new Set(animations)).toEqual(new Set(['none']));
    const fade = () => page.evaluate(() => getComputedStyle(document.querySelector('[slot="graphic"] > jh-route-map')!).animationName);
    expect(await fade(), 'no fade-in of the graphic').toBe('none');
    // A zoom to another extent is applied at once: the transform is final on the next frame.
    await scrollToStep(page, 'sea-rail');
    await waitForStep(page, 'sea-rail');
    const t1 = await page.evaluate(() =>
      document.querySelector('jh-route-map')!.shadowRoot!.querySelector('svg > g')!.getAttribute('transform'),
    );
    await page.waitForTimeout(300);
    const t2 = await page.evaluate(() =>
      document.querySelector('jh-route-map')!.shadowRoot!.querySelector('svg > g')!.getAttribute('transform'),
    );
    expect(t2).toBe(t1);
    expect(await fade(), 'none when it comes back either').toBe('none');
    await page.context().close();
  });

  it('survives a malformed URL fragment: first step shown, scrolling still works', async () => {
    const w = await watchedPage(browser, 1440, 900);
    await w.page.goto(baseURL() + '/stories/port/#%E0%A4%A');
    const { ids } = await storyData(w.page);
    await waitForStep(w.page, ids[0]!);
    await scrollToStep(w.page, ids[3]!);
    await waitForStep(w.page, ids[3]!);
    expect(w.errors).toEqual([]);
    await w.page.context().close();
  });

  it('names a target figure as a target to screen readers', async () => {
    const w = await watchedPage(browser, 1440, 900);
    await w.page.goto(baseURL() + '/stories/port/');
    const button = w.page.getByRole('button', { name: /^目标\s*2500列\s*，查看来源$/ }).first();
    expect(await button.count()).toBe(1);
    await button.click();
    await expect(w.page.locator('#src-xinou-trains-2024-target').isVisible()).resolves.toBe(true);
    await w.page.context().close();
  });
});
