// The plain wasm build, loaded in Node: the page's validation and sequential kernel agree with
// python3's output for the notes' generator (tests/fixtures/factorize/expected.txt).
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { initSync, factorizeSequential, validateNumbers, hasParallel } from '../../pkg/plain/index.js';

beforeAll(() => {
  initSync({ module: readFileSync(new URL('../../pkg/plain/index_bg.wasm', import.meta.url)) });
});

describe('plain wasm core', () => {
  it('finds the divisors python3 finds', () => {
    const text = readFileSync(new URL('../../../tests/fixtures/factorize/expected.txt', import.meta.url), 'utf8');
    const rows = text.trim().split('\n').map((l) => l.split(':'));
    const numbers = rows.map(([n]) => Number(n));
    const got = factorizeSequential(Uint32Array.from(numbers)) as Uint32Array[];
    rows.forEach(([, ds], i) => expect(Array.from(got[i]).join(' ')).toBe(ds.trim()));
  });
  it('validates input with a message naming the item', () => {
    expect(validateNumbers('2139079 1214759')).toEqual({ numbers: [2139079, 1214759], error: undefined });
    expect(validateNumbers('5, 1').error).toMatch(/Item 2 \(1\) is out of range/);
  });
  it('is the build without threads', () => {
    expect(hasParallel()).toBe(false);
  });
});
