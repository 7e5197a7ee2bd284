import { chromium } from 'playwright-core';
const [,, w, h, ...ids] = process.argv;
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless','--no-sandbox','--disable-gpu','--disable-quic','--no-first-run','--disable-background-networking','--disable-component-update','--disable-sync'] });
const page = await browser.newPage({ viewport: { width: +w, height: +h }, colorScheme: process.env.DARK ? 'dark' : 'light' });
page.on('console', m => { if (m.type() === 'error' || m.type() === 'warning') console.log('console', m.type(), m.text()); });
page.on('pageerror', e => console.log('pageerror', e.message));
for (const id of ids) {
  await page.goto('http://127.0.0.1:4173/stories/' + (process.env.STORY || 'port') + '/#' + id, { waitUntil: 'networkidle' });
  await page.waitForFunction((id) => document.querySelector('.jh-graphic')?.dataset.activeStep === id, id, { timeout: 5000 }).catch(() => console.log('not active', id));
  await page.waitForTimeout(1400);
  await page.screenshot({ path: `/tmp/step-${w}-${id}.png` });
}
await browser.close();
