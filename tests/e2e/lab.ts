// Shared helpers for the factorization lab's end-to-end tests.
import { expect, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';

/** Expected divisors per number, captured from python3 (tests/fixtures/factorize/expected.txt). */
export function pythonDivisors(): Map<number, string> {
  const text = readFileSync(new URL('../fixtures/factorize/expected.txt', import.meta.url), 'utf8');
  const out = new Map<number, string>();
  for (const line of text.trim().split('\n')) {
    const [n, ds] = line.split(':');
    out.set(Number(n), `[${ds.trim().split(/\s+/).join(', ')}]`);
  }
  return out;
}

/** Open the lab with a fresh storage and wait until it is interactive. */
export async function openLab(page: Page, query = ''): Promise<void> {
  await page.goto(`./${query}`);
  await expect(page.locator('#app')).toHaveAttribute('data-ready', 'true');
}

/** Fill the numbers field. */
export async function setNumbers(page: Page, text: string): Promise<void> {
  await page.locator('#numbers').fill(text);
}

/** Collect the timing rows shown after a run. */
export async function timingRows(page: Page): Promise<{ mode: string; workers: number; ms: number }[]> {
  return page.locator('#timings tbody tr').evaluateAll((rows) =>
    rows.map((r) => ({
      mode: (r as HTMLElement).dataset.mode ?? '',
      workers: Number((r as HTMLElement).dataset.workers),
      ms: Number((r as HTMLElement).dataset.ms),
    })),
  );
}
