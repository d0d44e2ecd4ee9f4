/**
 * The Worker that runs Python programs on the VM (plain wasm build) off the main thread, so the
 * page never freezes. A run is a `PythonSession` driven in slices to its end; a runaway program
 * stops at its step budget, and the page's Stop button terminates this worker outright.
 */
import { loadCore, type CoreModule } from '../wasm/builds';
import type { RunOutput, RunRequest, RunResponse } from './python-protocol';

/** Instructions per slice: small enough that a slice is a fraction of a second. */
const SLICE_STEPS = 5_000_000;

let core: Promise<CoreModule> | null = null;

interface Slice {
  status: 'paused' | 'done' | 'choose';
  stdout: string;
  stderr: string;
}

/** Run a whole program and gather what it printed. */
function runToEnd(mod: CoreModule, req: RunRequest): RunOutput {
  const options: Record<string, unknown> = { maxSteps: req.maxSteps, stdin: req.stdin };
  if (req.cores !== undefined) options.cores = req.cores;
  const session = new mod.PythonSession(req.source, options);
  try {
    let stdout = '';
    let stderr = '';
    for (;;) {
      const slice = session.run(SLICE_STEPS, 0) as Slice;
      stdout += slice.stdout;
      stderr += slice.stderr;
      if (slice.status !== 'paused') break;
    }
    const end = session.finish() as { exit: RunOutput['exit']; status: number; steps: number };
    return { stdout, stderr, exit: end.exit, status: end.status, steps: end.steps };
  } finally {
    session.free();
  }
}

self.onmessage = async (event: MessageEvent<RunRequest>) => {
  const req = event.data;
  const reply = (msg: RunResponse) => (self as unknown as Worker).postMessage(msg);
  try {
    core ??= loadCore('plain');
    const mod = await core;
    const t0 = performance.now();
    const output = runToEnd(mod, req);
    reply({ kind: 'done', id: req.id, output, ms: performance.now() - t0 });
  } catch (e) {
    reply({ kind: 'error', id: req.id, message: e instanceof Error ? e.message : String(e) });
  }
};
