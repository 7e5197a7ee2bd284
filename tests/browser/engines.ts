/**
 * The three engines a reader's phone runs, from Debian's packages, behind one small interface:
 * Chromium (an Android phone, WeChat's view there) through Playwright; WebKit (an iPhone, WeChat
 * there) as WebKitGTK's MiniBrowser through WebKitWebDriver, on a virtual display (xvfb-run);
 * Firefox through WebDriver BiDi (puppeteer-core). Nothing is downloaded: a missing browser fails
 * with the package to install.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { BrowserContext, Browser as ChromiumBrowser } from 'playwright-core';
import puppeteer from 'puppeteer-core';
import { Key, remote } from 'webdriverio';

export type EngineName = 'chromium' | 'webkit' | 'firefox';

/** A page in one engine, sized like a phone, that a walk drives. */
export interface EnginePage {
  engine: EngineName;
  goto(url: string): Promise<void>;
  /** The value of a page expression (see visibility.ts inPage). */
  run<T>(expression: string): Promise<T>;
  /** Press a key, as a keyboard or a clicker does. */
  press(key: string): Promise<void>;
  /** Script errors since the page loaded: uncaught errors, rejections and console errors. */
  errors(): Promise<string[]>;
  /** A PNG of the screen, to look at a failure. */
  screenshot(file: string): Promise<void>;
  close(): Promise<void>;
}

/**
 * Installed in the page after it loads (classic WebDriver runs no script before a page's own):
 * what a reader would hit from then on. Errors while loading show as a page that never draws.
 */
const COLLECT_ERRORS = `(() => {
  if (window.__jhErrors) return;
  const errors = (window.__jhErrors = []);
  addEventListener('error', (e) => {
    // Not a failure: the browser saying that a size change seen by a ResizeObserver (scrollama's
    // on the steps) is delivered in the next frame. WebKit reports it as an error event.
    if (/^ResizeObserver loop/.test(e.message)) return;
    errors.push(String(e.message || e.error));
  });
  addEventListener('unhandledrejection', (e) => errors.push('unhandled rejection: ' + String(e.reason && e.reason.message || e.reason)));
  const error = console.error;
  console.error = (...args) => (errors.push(args.map(String).join(' ')), error.apply(console, args));
})()`;

/** Wait until a page expression is truthy; throws `what` with the last value after `timeout` ms. */
export async function waitFor(page: EnginePage, expression: string, what: string, timeout = 20_000): Promise<unknown> {
  const until = Date.now() + timeout;
  let value: unknown;
  for (;;) {
    value = await page.run(expression);
    if (value) return value;
    if (Date.now() > until) throw new Error(`${page.engine}: ${what} (waited ${timeout} ms; last value ${JSON.stringify(value)})`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** `prepare` may change the context first: stand in for a browser without a feature, serve a page altered. */
export async function chromiumPage(
  browser: ChromiumBrowser,
  width: number,
  height: number,
  prepare?: (context: BrowserContext) => Promise<unknown>,
): Promise<EnginePage> {
  const context = await browser.newContext({ viewport: { width, height }, isMobile: width < height, hasTouch: true, deviceScaleFactor: 2 });
  await prepare?.(context);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  return {
    engine: 'chromium',
    goto: async (url) => void (await page.goto(url)),
    run: (expression) => page.evaluate(expression),
    press: (key) => page.keyboard.press(key),
    errors: () => Promise.resolve(errors),
    screenshot: async (file) => void (await page.screenshot({ path: file })),
    close: () => context.close(),
  };
}

export const FIREFOX = process.env['FIREFOX_PATH'] ?? '/usr/bin/firefox-esr';

export async function firefoxPage(width: number, height: number): Promise<EnginePage> {
  if (!existsSync(FIREFOX)) throw new Error(`Firefox not found at ${FIREFOX}: apt-get install firefox-esr (or set FIREFOX_PATH)`);
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    // Scrollbars over the page, as on a phone, so the page is as wide as the screen.
    extraPrefsFirefox: { 'ui.useOverlayScrollbars': 1 },
  });
  const page = await browser.newPage();
  await page.setViewport({ width, height });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  return {
    engine: 'firefox',
    goto: async (url) => void (await page.goto(url)),
    run: <T>(expression: string) => page.evaluate(expression) as Promise<T>,
    press: (key) => page.keyboard.press(key as Parameters<typeof page.keyboard.press>[0]),
    errors: () => Promise.resolve(errors),
    screenshot: async (file) => void (await page.screenshot({ path: file })),
    close: () => browser.close(),
  };
}

export const MINIBROWSER = process.env['MINIBROWSER_PATH'] ?? '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';

/** A free port on 127.0.0.1. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/**
 * GTK settings for MiniBrowser's own window: its toolbar otherwise holds the window at 447 px or
 * wider, and a phone is narrower. The page's own fonts and sizes are the web view's, not GTK's.
 */
function gtkConfig(): string {
  const dir = path.join(tmpdir(), 'jh-webkit-gtk');
  mkdirSync(path.join(dir, 'gtk-3.0'), { recursive: true });
  writeFileSync(
    path.join(dir, 'gtk-3.0', 'gtk.css'),
    '* { min-width: 0; min-height: 0; padding: 0; margin: 0; font-size: 1px; -gtk-icon-transform: scale(0.1); border-width: 0; }\n',
  );
  return dir;
}

export async function webkitPage(width: number, height: number): Promise<EnginePage> {
  for (const [file, pkg] of [
    ['/usr/bin/WebKitWebDriver', 'webkit2gtk-driver'],
    [MINIBROWSER, 'webkit2gtk-driver (MiniBrowser)'],
    ['/usr/bin/xvfb-run', 'xvfb'],
  ] as const)
    if (!existsSync(file)) throw new Error(`${file} not found: apt-get install ${pkg}`);
  const port = await freePort();
  const driver: ChildProcess = spawn('xvfb-run', ['-a', '-s', '-screen 0 1280x1024x24', 'WebKitWebDriver', `--port=${port}`], {
    stdio: 'ignore',
    env: { ...process.env, XDG_CONFIG_HOME: gtkConfig() },
    detached: true,
  });
  const stop = () => {
    try {
      process.kill(-driver.pid!, 'SIGTERM');
    } catch {
      // already gone
    }
  };
  let browser: WebdriverIO.Browser | undefined;
  for (let tries = 0; !browser; tries++) {
    try {
      browser = await remote({
        hostname: '127.0.0.1',
        port,
        logLevel: 'silent',
        connectionRetryCount: 0,
        capabilities: {
          browserName: 'MiniBrowser',
          'wdio:enforceWebDriverClassic': true,
          'webkitgtk:browserOptions': { binary: MINIBROWSER, args: ['--automation'] },
        } as WebdriverIO.Capabilities,
      });
    } catch (e) {
      if (tries > 40) {
        stop();
        throw new Error(`WebKitWebDriver did not start a session: ${(e as Error).message}`, { cause: e });
      }
      await new Promise((r) => setTimeout(r, 250));
    }
  }
  const b = browser;
  // The window's own toolbar takes some height: size the window so the page gets exactly the screen.
  await b.setWindowSize(width, height);
  const inner = (await b.execute('return [innerWidth, innerHeight]')) as [number, number];
  await b.setWindowSize(width + (width - inner[0]), height + (height - inner[1]));
  const sized = (await b.execute('return [innerWidth, innerHeight]')) as [number, number];
  if (sized[0] !== width || sized[1] !== height) {
    await b.deleteSession();
    stop();
    throw new Error(`WebKit: the page is ${sized.join('×')}, not ${width}×${height}`);
  }
  return {
    engine: 'webkit',
    goto: async (url) => {
      await b.url(url);
      await b.execute(COLLECT_ERRORS);
    },
    run: async <T>(expression: string) => (await b.execute(`return ${expression}`)) as T,
    press: (key) => b.keys([key in Key ? Key[key as keyof typeof Key] : key]),
    errors: async () => [...(await b.execute<string[], []>('return window.__jhErrors || []'))],
    screenshot: async (file) => void (await b.saveScreenshot(file)),
    close: async () => {
      await b.deleteSession().catch(() => undefined);
      stop();
    },
  };
}
