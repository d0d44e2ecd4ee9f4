/**
 * The factorization lab's "threads under the GIL" comparison: the same divisor search written as
 * the Python a learner would write, run on the Interleave VM under CPython 3.11's rules — once
 * sequentially, once on threads (which share one GIL, so they take turns), once on processes
 * (each with its own GIL, on its own virtual core). The program times itself with
 * `time.perf_counter()`, which reads the VM's virtual clock, so its figures are the same on every
 * run and say what CPython would show on a machine with that many free cores.
 */

/**
 * The most work (the sum of the numbers: one loop iteration per candidate divisor) the comparison
 * takes on. The VM runs Python at about CPython's speed, and the program runs the search three
 * times, so this keeps a run to a few seconds.
 */
export const GIL_WORK_LIMIT = 20_000_000;

/** Why the comparison cannot run on these numbers, or null when it can. */
export function gilWorkProblem(numbers: number[]): string | null {
  const work = numbers.reduce((a, b) => a + b, 0);
  if (work <= GIL_WORK_LIMIT) return null;
  return (
    `These numbers add up to ${work.toLocaleString('en-US')}: too much work for the simulated Python run, ` +
    `which runs at about CPython's speed (at most ${GIL_WORK_LIMIT.toLocaleString('en-US')}; the notes' four numbers fit).`
  );
}

/** The Python program that compares sequential, threaded and multi-process runs. */
export function gilProgram(numbers: number[], workers: number): string {
  const list = numbers.map((n) => String(Math.trunc(n))).join(', ');
  const w = Math.max(1, Math.trunc(workers));
  return `import threading
import time
from multiprocessing import Pool

NUMBERS = [${list}]
WORKERS = ${w}


def factorize(number):
    for i in range(1, number + 1):
        if number % i == 0:
            yield i


def divisors(number):
    return list(factorize(number))


def sequential():
    return [divisors(n) for n in NUMBERS]


def on_threads():
    results = [None] * len(NUMBERS)

    def work(first):
        for k in range(first, len(NUMBERS), WORKERS):
            results[k] = divisors(NUMBERS[k])

    threads = [threading.Thread(target=work, args=(k,)) for k in range(WORKERS)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return results


def on_processes():
    with Pool(WORKERS) as pool:
        return pool.map(divisors, NUMBERS)


if __name__ == '__main__':
    timings = {}
    expected = None
    for name, run in [('sequential', sequential), ('threads', on_threads), ('processes', on_processes)]:
        start = time.perf_counter()
        result = run()
        timings[name] = time.perf_counter() - start
        expected = expected or result
        assert result == expected, name + ' found different divisors'
    base = timings['sequential']
    print(f'{len(NUMBERS)} numbers, {WORKERS} worker(s), under the GIL of CPython 3.11:')
    for name, seconds in timings.items():
        print(f'  {name:<11} {seconds:.3f} s   speedup {base / seconds:.2f}x')
`;
}

/** The three timings a run of {@link gilProgram} printed, in seconds. */
export interface GilTimings {
  sequential: number;
  threads: number;
  processes: number;
}

/** Read the timings back from the program's output; null if it did not print all three. */
export function parseGilOutput(stdout: string): GilTimings | null {
  const seconds = (label: RegExp): number | null => {
    const m = stdout.match(label);
    return m ? Number(m[1]) : null;
  };
  const sequential = seconds(/^ {2}sequential +([\d.]+) s/m);
  const threads = seconds(/^ {2}threads +([\d.]+) s/m);
  const processes = seconds(/^ {2}processes +([\d.]+) s/m);
  if (sequential === null || threads === null || processes === null) return null;
  return { sequential, threads, processes };
}
