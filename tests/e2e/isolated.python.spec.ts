// The Python page: programs run on the VM in a Worker and print what CPython prints.
import { test, expect, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';

async function openPython(page: Page): Promise<void> {
  await page.goto('./#/python');
  await expect(page.locator('#app')).toHaveAttribute('data-ready', 'true');
}

/** Replace the editor's text as a user would: select all, then type (inserted as one input). */
async function setProgram(page: Page, text: string): Promise<void> {
  await page.locator('.cm-content').click();
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Delete');
  await page.keyboard.insertText(text);
}

test('the example program prints what python3 prints', async ({ page }) => {
  await openPython(page);
  await page.locator('#run-python').click();
  await expect(page.locator('#python-status')).toContainText('Finished');
  const expected = readFileSync(new URL('../fixtures/python-page/example.out', import.meta.url), 'utf8');
  await expect(page.locator('#stdout')).toHaveText(expected.replace(/\n$/, ''), { useInnerText: false });
});

test('a program typed by the user runs, survives a reload, and errors show a traceback', async ({ page }) => {
  await openPython(page);
  await setProgram(page, 'def f(x):\n    return 10 / x\nprint(f(5))\nprint(f(0))\n');
  await page.locator('#run-python').click();
  await expect(page.locator('#python-status')).toContainText('uncaught exception');
  await expect(page.locator('#stdout')).toHaveText('2.0\n');
  await expect(page.locator('#stderr')).toContainText('ZeroDivisionError: division by zero');
  await expect(page.locator('#stderr')).toContainText('File "main.py", line 2, in f');
  await page.reload();
  await expect(page.locator('#app')).toHaveAttribute('data-ready', 'true');
  await expect(page.locator('.cm-content')).toContainText('return 10 / x');
});

test('an endless loop can be stopped, and the step budget stops it too', async ({ page }) => {
  await openPython(page);
  await setProgram(page, 'while True:\n    pass\n');
  await page.locator('#steps').fill('10000000000');
  await page.locator('#run-python').click();
  await expect(page.locator('#stop-python')).toBeEnabled();
  await page.locator('#stop-python').click();
  await expect(page.locator('#python-status')).toContainText('Stopped. The program was ended');
  await page.locator('#steps').fill('100000');
  await page.locator('#run-python').click();
  await expect(page.locator('#python-status')).toContainText('step budget ran out');
  await expect(page.locator('#stderr')).toContainText('stopped after');
  await page.locator('#steps').fill('lots');
  await expect(page.locator('#steps-error')).toContainText('not a whole number');
  await page.locator('#run-python').click();
  await expect(page.locator('#python-status')).toContainText('nothing was run');
});

test('a syntax error is reported as CPython reports it', async ({ page }) => {
  await openPython(page);
  await setProgram(page, 'print("hi"\n');
  await page.locator('#steps').fill('1000000');
  await page.locator('#run-python').click();
  await expect(page.locator('#python-status')).toContainText('did not compile');
  await expect(page.locator('#stderr')).toContainText("SyntaxError: '(' was never closed");
});
