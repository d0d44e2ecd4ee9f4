// Regenerates the README's pictures of the running page: serves the production build with the
// isolation headers and, in headless Chromium, runs the speedup curve on numbers big enough for
// stable wall times (docs/screenshot.png, the whole page), then the simulated threads-and-
// processes comparison on the notes' four numbers (docs/screenshot-gil.png, that panel only;
// the simulator takes at most a few seconds' worth of work). Run after `npm run build`, on an
// otherwise idle machine (the wall times in the first picture are real).
import { chromium } from '@playwright/test';
import { ROOT, background } from './lib/steps.mjs';
import { join } from 'node:path';

const port = 4197;
const server = background('node', ['node_modules/vite/bin/vite.js', 'preview', '--port', String(port), '--strictPort', '--host', '127.0.0.1']);
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
try {
  await new Promise((r) => setTimeout(r, 1500));
  const page = await browser.newPage({ viewport: { width: 1100, height: 900 } });
  await page.goto(`http://127.0.0.1:${port}/?numbers=2139079,1214759,1516637,1852285,50000017,50000021&workers=2`);
  await page.waitForSelector('#app[data-ready="true"]');
  await page.locator('#curve').click();
  await page.waitForFunction(() => document.querySelector('#status')?.textContent?.startsWith('Done'), null, { timeout: 120000, polling: 500 });
  await page.screenshot({ path: join(ROOT, 'docs/screenshot.png'), fullPage: true });
  console.log('wrote docs/screenshot.png');
  await page.locator('[data-preset="notes"]').click();
  await page.locator('#gil-run').click();
  await page.waitForFunction(() => document.querySelector('#gil-status')?.textContent === 'Done.', null, { timeout: 120000, polling: 500 });
  await page.locator('#gil').screenshot({ path: join(ROOT, 'docs/screenshot-gil.png') });
  console.log('wrote docs/screenshot-gil.png');
} finally {
  await browser.close();
  server.kill();
}
