import { describe, expect, it } from 'vitest';
import { MAX_STEPS, parseSteps } from './steps';

describe('parseSteps', () => {
  it('accepts whole numbers with separators', () => {
    expect(parseSteps('1000')).toEqual({ ok: true, value: 1000 });
    expect(parseSteps(' 50_000_000 ')).toEqual({ ok: true, value: 50_000_000 });
    expect(parseSteps('1,000')).toEqual({ ok: true, value: 1000 });
  });
  it('refuses what is not a budget, saying why', () => {
    const err = (t: string) => {
      const r = parseSteps(t);
      return r.ok ? '' : r.error;
    };
    expect(err('')).toMatch(/Enter a step budget/);
    expect(err('lots')).toMatch(/"lots" is not a whole number/);
    expect(err('-5')).toMatch(/not a whole number/);
    expect(err('0')).toMatch(/from 1 to/);
    expect(err(String(MAX_STEPS + 1))).toMatch(/from 1 to/);
  });
});
