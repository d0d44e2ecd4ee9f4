import { describe, expect, it } from 'vitest';
import { MAX_PARAM_LENGTH, parseWorkerCount, readParams, writeParams } from './params';
import { HEAVY_NUMBERS } from './presets';

describe('parseWorkerCount', () => {
  it('accepts 1..max', () => {
    expect(parseWorkerCount('1', 2)).toEqual({ ok: true, value: 1 });
    expect(parseWorkerCount(' 2 ', 2)).toEqual({ ok: true, value: 2 });
  });
  it('names the problem for each kind of bad input', () => {
    const err = (t: string, max = 2) => {
      const r = parseWorkerCount(t, max);
      return r.ok ? '' : r.error;
    };
    expect(err('')).toMatch(/Enter a worker count from 1 to 2/);
    expect(err('two')).toMatch(/"two" is not a whole number/);
    expect(err('1.5')).toMatch(/is not a whole number/);
    expect(err('0')).toMatch(/0 workers is out of range/);
    expect(err('-3')).toMatch(/out of range/);
    expect(err('3')).toMatch(/reports 2 cores, so use 1 to 2/);
    expect(err('2', 1)).toMatch(/reports 1 core, so use 1 to 1/);
    expect(err('9'.repeat(400))).toMatch(/out of range/);
  });
});

describe('readParams / writeParams', () => {
  it('reads numbers and workers from a shared link', () => {
    expect(readParams('?numbers=12%2C13&workers=2')).toEqual({ numbers: '12,13', workers: '2', warning: null });
  });
  it('expands presets and reports unknown ones', () => {
    expect(readParams('?preset=heavy').numbers).toBe(HEAVY_NUMBERS.join(', '));
    expect(readParams('?preset=%3Cb%3E').warning).toMatch(/preset named "<b>", which does not exist/);
  });
  it('ignores an overlong numbers parameter with a message', () => {
    const r = readParams(`?numbers=${'1'.repeat(MAX_PARAM_LENGTH + 1)}`);
    expect(r.numbers).toBeNull();
    expect(r.warning).toMatch(/characters long/);
  });
  it('round-trips', () => {
    expect(readParams(writeParams(' 12,  13 ', '2'))).toEqual({ numbers: '12, 13', workers: '2', warning: null });
  });
});
