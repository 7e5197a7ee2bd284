import { chromium } from 'playwright-core';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless','--no-sandbox','--disable-gpu'] });
const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
page.on('console', m => console.log('console', m.type(), m.text()));
for (const id of ['inland','counties','xinou-network','xinou-west','xinou-trains','xinou-two-counts','sea-rail','sea-rail-target','hubs','bonded','trade','parcels','rail-projects','road-water','investment','outlook']) {
  await page.goto('http://127.0.0.1:4173/stories/port/#' + id);
  await page.reload();
  await page.waitForTimeout(800);
  console.log(id, await page.evaluate(() => [document.querySelector('[slot=graphic]').dataset.activeStep, location.hash, scrollY, document.querySelector('[aria-current=step]')?.dataset.step]));
}
await browser.close();
