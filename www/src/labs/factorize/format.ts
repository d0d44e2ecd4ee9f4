/** Number and time formatting for the factorization lab's results. */

/** Milliseconds as "812 ms" or "1.23 s". */
export function formatMs(ms: number): string {
  return ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(ms < 10 ? 1 : 0)} ms`;
}

/** A speedup ratio as "1.96×". */
export function formatSpeedup(ratio: number): string {
  return `${ratio.toFixed(2)}×`;
}

/** Divisors as Python prints `list(factorize(n))`: "[1, 7, 13]". */
export function pythonList(values: ArrayLike<number>): string {
  return `[${Array.from(values).join(', ')}]`;
}

/** Whether two runs found exactly the same divisors. */
export function sameDivisors(a: Uint32Array[], b: Uint32Array[]): boolean {
  return a.length === b.length && a.every((x, i) => x.length === b[i].length && x.every((v, j) => v === b[i][j]));
}
