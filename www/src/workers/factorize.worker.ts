/**
 * The factorization lab's dedicated Worker. Real parallel runs call rayon from here, never from
 * the page's main thread: there the main thread would busy-wait and eat a core, and it may not
 * block at all (BUILD-NOTES.md). The pool size is fixed at init; the page makes a new worker to
 * change it, and terminates this one to cancel a run.
 */
import { loadCore, type CoreModule } from '../wasm/builds';
import type { Request, Response } from '../labs/factorize/protocol';

let core: CoreModule | null = null;

function reply(msg: Response): void {
  (self as unknown as Worker).postMessage(msg);
}

async function init(req: Extract<Request, { kind: 'init' }>): Promise<void> {
  core = await loadCore(req.build);
  let poolSize = 1;
  if (req.build === 'threaded') {
    if (!core.initThreadPool || !core.poolSize) throw new Error('the threaded build lacks its thread pool');
    await core.initThreadPool(req.poolSize);
    poolSize = core.poolSize();
  }
  warmUp(core, req.build);
  reply({ kind: 'ready', build: req.build, poolSize });
}

/**
 * V8 first runs wasm with its baseline compiler and swaps in optimized code only on a later
 * call. A short untimed run before the timed one makes every timed run use the optimized code,
 * so short and long inputs are measured alike.
 */
function warmUp(mod: CoreModule, build: string): void {
  const sample = Uint32Array.from([1_000_003, 1_000_033]);
  for (let i = 0; i < 3; i++) {
    mod.factorizeSequential(sample);
    if (build === 'threaded') mod.factorizeParallel?.(sample);
  }
}

function runJob(req: Extract<Request, { kind: 'run' }>): void {
  if (!core) throw new Error('the worker was asked to run before it was initialised');
  const numbers = Uint32Array.from(req.numbers);
  const t0 = performance.now();
  let divisors: Uint32Array[];
  if (req.mode === 'parallel') {
    if (!core.factorizeParallel) throw new Error('parallel mode needs the threaded build');
    divisors = core.factorizeParallel(numbers);
  } else {
    divisors = core.factorizeSequential(numbers);
  }
  const ms = performance.now() - t0;
  reply({ kind: 'result', id: req.id, mode: req.mode, divisors, ms });
}

self.onmessage = async (event: MessageEvent<Request>) => {
  const req = event.data;
  try {
    if (req.kind === 'init') await init(req);
    else runJob(req);
  } catch (e) {
    reply({ kind: 'error', id: req.kind === 'run' ? req.id : null, message: e instanceof Error ? e.message : String(e) });
  }
};
