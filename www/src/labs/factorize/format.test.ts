import { describe, expect, it } from 'vitest';
import { formatMs, formatSpeedup, pythonList, sameDivisors } from './format';

describe('format', () => {
  it('prints divisors as Python prints a list', () => {
    expect(pythonList(Uint32Array.from([1, 7, 13]))).toBe('[1, 7, 13]');
    expect(pythonList([])).toBe('[]');
  });
  it('formats times and ratios', () => {
    expect(formatMs(812.4)).toBe('812 ms');
    expect(formatMs(3.14)).toBe('3.1 ms');
    expect(formatMs(1234)).toBe('1.23 s');
    expect(formatSpeedup(1.956)).toBe('1.96×');
  });
  it('compares results element by element', () => {
    const a = [Uint32Array.from([1, 2]), Uint32Array.from([1, 3])];
    expect(sameDivisors(a, [Uint32Array.from([1, 2]), Uint32Array.from([1, 3])])).toBe(true);
    expect(sameDivisors(a, [Uint32Array.from([1, 2]), Uint32Array.from([1, 4])])).toBe(false);
    expect(sameDivisors(a, [Uint32Array.from([1, 2])])).toBe(false);
  });
});
