// The factorization lab served WITH the cross-origin isolation headers: real parallel mode.
import { test, expect } from '@playwright/test';
import { openLab, pythonDivisors, setNumbers, timingRows } from './lab';

test('the page is cross-origin isolated and loads the threaded build', async ({ page }) => {
  await openLab(page);
  expect(await page.evaluate(() => crossOriginIsolated)).toBe(true);
  await expect(page.locator('#isolation-note')).toHaveCount(0);
  await expect(page.locator('#curve')).toBeEnabled();
});

test('sequential and parallel runs give the divisors python3 gives', async ({ page }) => {
  await openLab(page);
  const expected = pythonDivisors();
  await setNumbers(page, '2139079, 1214759, 1516637, 1852285, 12, 97, 1000000');
  await page.locator('#workers').fill('2');
  await page.locator('#run').click();
  await expect(page.locator('#status')).toHaveText('Done.');
  const rows = await timingRows(page);
  expect(rows.map((r) => [r.mode, r.workers])).toEqual([
    ['sequential', 1],
    ['parallel', 2],
  ]);
  for (const r of rows) expect(r.ms).toBeGreaterThan(0);
  await expect(page.locator('#agreement')).toHaveAttribute('data-agree', 'true');
  for (const [n, list] of expected) {
    await expect(page.locator(`#divisors tr[data-n="${n}"] td.mono`)).toHaveText(list);
  }
});

test('the speedup curve runs every worker count and draws the chart', async ({ page }) => {
  await openLab(page);
  await setNumbers(page, '3000017, 3000029');
  await page.locator('#curve').click();
  await expect(page.locator('#status')).toContainText('Done', { timeout: 30_000 });
  const cores = await page.evaluate(() => navigator.hardwareConcurrency);
  const rows = await timingRows(page);
  expect(rows.filter((r) => r.mode === 'parallel').map((r) => r.workers)).toEqual(Array.from({ length: cores }, (_, i) => i + 1));
  await expect(page.locator('#chart')).toBeVisible();
});

test('bad input gets a message beside its field and nothing runs', async ({ page }) => {
  await openLab(page);
  const cases: [string, RegExp][] = [
    ['', /at least one number/],
    ['12, twelve', /Item 2 \("twelve"\) is not a whole number/],
    ['3.5', /is not a whole number/],
    ['-8', /out of range/],
    ['0', /out of range/],
    ['1', /out of range/],
    ['1000000001', /out of range/],
    [Array(65).fill('7').join(','), /65 numbers is too many/],
  ];
  for (const [text, message] of cases) {
    await setNumbers(page, text);
    await expect(page.locator('#numbers-error')).toHaveText(message);
    await expect(page.locator('#numbers')).toHaveAttribute('aria-invalid', 'true');
    await page.locator('#run').click();
    await expect(page.locator('#status')).toContainText('nothing was run');
    await expect(page.locator('#timings tr')).toHaveCount(0);
  }
  await setNumbers(page, '12');
  const cores = await page.evaluate(() => navigator.hardwareConcurrency);
  for (const bad of ['0', String(cores + 1), 'two', '1.5', '']) {
    await page.locator('#workers').fill(bad);
    await expect(page.locator('#workers-error')).not.toHaveText('');
    await page.locator('#run').click();
    await expect(page.locator('#status')).toContainText('nothing was run');
  }
  await page.locator('#workers').fill('1');
  await expect(page.locator('#workers-error')).toHaveText('');
  await page.locator('#run').click();
  await expect(page.locator('#status')).toHaveText('Done.');
});

test('a long run can be cancelled and the page recovers', async ({ page }) => {
  await openLab(page);
  await setNumbers(page, '999999937, 999999929, 999999893');
  await page.locator('#run').click();
  await expect(page.locator('#cancel')).toBeEnabled();
  await page.locator('#cancel').click();
  await expect(page.locator('#status')).toContainText('Cancelled');
  await expect(page.locator('#run')).toBeEnabled();
  await setNumbers(page, '12, 97');
  await page.locator('#run').click();
  await expect(page.locator('#status')).toHaveText('Done.');
  await expect(page.locator('#divisors tr[data-n="12"] td.mono')).toHaveText('[1, 2, 3, 4, 6, 12]');
});

test('typed input survives a reload, and a shared link sets the parameters', async ({ page }) => {
  await openLab(page);
  await setNumbers(page, '360, 97');
  await page.locator('#workers').fill('1');
  await page.reload();
  await expect(page.locator('#app')).toHaveAttribute('data-ready', 'true');
  await expect(page.locator('#numbers')).toHaveValue('360, 97');
  await expect(page.locator('#workers')).toHaveValue('1');
  await openLab(page, '?preset=heavy&workers=2');
  await expect(page.locator('#numbers')).toHaveValue(/^49999991, 50000017/);
  await openLab(page, '?preset=nope');
  await expect(page.locator('#status')).toContainText('preset named "nope"');
  await openLab(page, '?numbers=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E');
  await expect(page.locator('#numbers-error')).toContainText('is not a whole number');
  await expect(page.locator('img')).toHaveCount(0);
});

test('the same search as Python threads shows no speedup under the GIL, processes do', async ({ page }) => {
  await openLab(page);
  await setNumbers(page, '2139079, 1214759, 1516637, 1852285');
  await page.locator('#workers').fill('2');
  await page.locator('#gil-run').click();
  await expect(page.locator('#gil-status')).toHaveText('Done.', { timeout: 60_000 });
  await expect(page.locator('#gil-output')).toContainText('4 numbers, 2 worker(s), under the GIL of CPython 3.11:');
  const meaning = page.locator('#gil-meaning');
  const threads = Number(await meaning.getAttribute('data-thread-speedup'));
  const processes = Number(await meaning.getAttribute('data-process-speedup'));
  expect(threads).toBeLessThan(1.05);
  expect(processes).toBeGreaterThan(1.5);
  await expect(page.locator('#gil-program')).toContainText('NUMBERS = [2139079, 1214759, 1516637, 1852285]');
  await page.locator('[data-preset="heavy"]').click();
  await page.locator('#gil-run').click();
  await expect(page.locator('#gil-status')).toContainText('too much work for the simulated Python run');
  await setNumbers(page, 'seven');
  await page.locator('#gil-run').click();
  await expect(page.locator('#gil-status')).toContainText('nothing was run');
});
