/**
 * The Python page's Worker: runs programs on the VM (plain wasm build) off the main thread, so
 * the page never freezes. A runaway program stops at its step budget; the Stop button
 * terminates this worker outright.
 */
import { loadCore, type CoreModule } from '../wasm/builds';
import type { RunOutput, RunRequest, RunResponse } from '../labs/python/protocol';

let core: Promise<CoreModule> | null = null;

self.onmessage = async (event: MessageEvent<RunRequest>) => {
  const req = event.data;
  const reply = (msg: RunResponse) => (self as unknown as Worker).postMessage(msg);
  try {
    core ??= loadCore('plain');
    const mod = await core;
    const t0 = performance.now();
    const output = mod.runPython(req.source, req.stdin, req.maxSteps) as RunOutput;
    reply({ kind: 'done', id: req.id, output, ms: performance.now() - t0 });
  } catch (e) {
    reply({ kind: 'error', id: req.id, message: e instanceof Error ? e.message : String(e) });
  }
};
