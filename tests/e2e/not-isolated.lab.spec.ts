// The factorization lab served WITHOUT the isolation headers (a host without them, or a page
// embedded in a course site): the plain build, sequential runs, and a note saying why.
import { test, expect } from '@playwright/test';
import { openLab, pythonDivisors, setNumbers, timingRows } from './lab';

test('without isolation the page explains why and runs sequentially', async ({ page }) => {
  await openLab(page);
  expect(await page.evaluate(() => crossOriginIsolated)).toBe(false);
  await expect(page.locator('#isolation-note')).toContainText('Cross-Origin-Opener-Policy');
  await expect(page.locator('#curve')).toBeDisabled();
  await setNumbers(page, '2139079, 1214759');
  await page.locator('#run').click();
  await expect(page.locator('#status')).toHaveText('Done.');
  const rows = await timingRows(page);
  expect(rows.map((r) => r.mode)).toEqual(['sequential']);
  const expected = pythonDivisors();
  await expect(page.locator('#divisors tr[data-n="2139079"] td.mono')).toHaveText(expected.get(2139079) ?? '');
  // The simulated comparison needs no real threads: it runs here too, on two virtual cores.
  await page.locator('#gil-run').click();
  await expect(page.locator('#gil-status')).toHaveText('Done.', { timeout: 60_000 });
  await expect(page.locator('#gil-output')).toContainText('2 numbers, 2 worker(s)');
});

test('embedded in an iframe the note says so', async ({ page }) => {
  await page.goto('./');
  await page.setContent(`<iframe id="embed" src="${page.url()}" width="900" height="700"></iframe>`);
  const frame = page.frameLocator('#embed');
  await expect(frame.locator('#isolation-note')).toContainText('inside another page (an iframe)');
  await frame.locator('#numbers').fill('97');
  await frame.locator('#run').click();
  await expect(frame.locator('#status')).toHaveText('Done.');
});
