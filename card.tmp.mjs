import { chromium } from 'playwright-core';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless','--no-sandbox','--disable-gpu'] });
for (const [w,h] of [[1440,900],[390,844]]) {
const page = await browser.newPage({ viewport: { width: w, height: h } });
await page.goto('http://127.0.0.1:4173/stories/port/#xinou-two-counts');
await page.waitForTimeout(1000);
await page.click('[data-step="xinou-two-counts"] [data-fig="xinou-trains-2023"]');
await page.waitForTimeout(300);
await page.screenshot({ path: `/tmp/card-${w}.png` });
}
await browser.close();
