// The "threads under the GIL" comparison: the program it builds, reading its output back, and —
// on the plain wasm build loaded in Node — that at the lab's default numbers it really shows its
// point: threads under one GIL are no faster than one thread, processes are.
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { initSync, PythonSession } from '../../../pkg/plain/index.js';
import { GIL_WORK_LIMIT, gilProgram, gilWorkProblem, parseGilOutput } from './gil';
import { NOTES_NUMBERS, HEAVY_NUMBERS } from './presets';

beforeAll(() => {
  initSync({ module: readFileSync(new URL('../../../pkg/plain/index_bg.wasm', import.meta.url)) });
});

/** Run a program to its end on the VM, as the page's worker does. */
function runOnVm(source: string, cores: number): { stdout: string; stderr: string; exit: string } {
  const session = new PythonSession(source, { cores, maxSteps: 2e9 });
  let stdout = '';
  let stderr = '';
  for (;;) {
    const slice = session.run(5e6, 0) as { status: string; stdout: string; stderr: string };
    stdout += slice.stdout;
    stderr += slice.stderr;
    if (slice.status !== 'paused') break;
  }
  const end = session.finish() as { exit: string };
  session.free();
  return { stdout, stderr, exit: end.exit };
}

describe('the GIL comparison program', () => {
  it('carries the numbers and the worker count', () => {
    const src = gilProgram([12, 97], 3);
    expect(src).toContain('NUMBERS = [12, 97]\n');
    expect(src).toContain('WORKERS = 3\n');
  });

  it('reads back the three timings and refuses output without them', () => {
    const out = '2 numbers, 2 worker(s), under the GIL of CPython 3.11:\n  sequential  0.500 s   speedup 1.00x\n  threads     0.510 s   speedup 0.98x\n  processes   0.260 s   speedup 1.92x\n';
    expect(parseGilOutput(out)).toEqual({ sequential: 0.5, threads: 0.51, processes: 0.26 });
    expect(parseGilOutput('  sequential  0.500 s\n')).toBeNull();
  });

  it('takes the notes\' numbers and refuses the heavy preset with the reason', () => {
    expect(gilWorkProblem(NOTES_NUMBERS)).toBeNull();
    expect(gilWorkProblem(HEAVY_NUMBERS)).toContain(`at most ${GIL_WORK_LIMIT.toLocaleString('en-US')}`);
  });

  it('shows at the default numbers that threads do not speed up CPU-bound work and processes do', () => {
    const run = runOnVm(gilProgram(NOTES_NUMBERS, 2), 2);
    expect(run.stderr).toBe('');
    expect(run.exit).toBe('finished');
    const t = parseGilOutput(run.stdout);
    expect(t).not.toBeNull();
    if (!t) return;
    const threads = t.sequential / t.threads;
    const processes = t.sequential / t.processes;
    expect(threads).toBeGreaterThan(0.9);
    expect(threads).toBeLessThan(1.05);
    expect(processes).toBeGreaterThan(1.5);
    expect(processes).toBeLessThan(2.0);
  });

  it('gives the same figures on every run (virtual time)', () => {
    const src = gilProgram([360360, 97, 1000003], 3);
    expect(runOnVm(src, 3).stdout).toBe(runOnVm(src, 3).stdout);
  });
});
