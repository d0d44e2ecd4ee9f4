/**
 * Runs factorization jobs on dedicated Workers and cancels them. Each worker holds one wasm
 * build and, in the threaded build, a rayon pool of fixed size; a different pool size means a
 * new worker. Cancelling terminates every worker (the only way to stop wasm mid-loop) and
 * rejects the pending runs with {@link Cancelled}; the next run simply creates fresh workers.
 */
import type { Build } from '../../platform/threads';
import type { Mode, Request, Response } from './protocol';

/** A finished run: divisors per number, and wall time measured inside the worker. */
export interface RunResult {
  mode: Mode;
  workers: number;
  divisors: Uint32Array[];
  ms: number;
}

/** Rejection reason when the user cancelled. */
export class Cancelled extends Error {
  constructor() {
    super('Cancelled');
  }
}

interface Live {
  worker: Worker;
  reject: (e: Error) => void;
}

/** Owns the lab's workers. */
export class FactorizeRunner {
  private live = new Set<Live>();
  private nextId = 1;

  /** Run one job on a fresh worker, sequential (plain build) or parallel with `workers` threads. */
  async run(mode: Mode, build: Build, workers: number, numbers: number[]): Promise<RunResult> {
    const worker = new Worker(new URL('../../workers/factorize.worker.ts', import.meta.url), { type: 'module' });
    const id = this.nextId++;
    return new Promise<RunResult>((resolve, reject) => {
      const live: Live = { worker, reject };
      this.live.add(live);
      const finish = () => {
        this.live.delete(live);
        worker.terminate();
      };
      worker.onerror = (e) => {
        finish();
        reject(new Error(`The worker failed: ${e.message || 'unknown error'}`));
      };
      worker.onmessage = (event: MessageEvent<Response>) => {
        const msg = event.data;
        if (msg.kind === 'ready') {
          const req: Request = { kind: 'run', id, mode, numbers };
          worker.postMessage(req);
        } else if (msg.kind === 'result') {
          finish();
          resolve({ mode, workers: mode === 'parallel' ? workers : 1, divisors: msg.divisors, ms: msg.ms });
        } else {
          finish();
          reject(new Error(msg.message));
        }
      };
      const init: Request = { kind: 'init', build: mode === 'parallel' ? build : 'plain', poolSize: workers };
      worker.postMessage(init);
    });
  }

  /** Whether any job is in flight. */
  get busy(): boolean {
    return this.live.size > 0;
  }

  /** Stop every running job now. */
  cancel(): void {
    for (const live of this.live) {
      live.worker.terminate();
      live.reject(new Cancelled());
    }
    this.live.clear();
  }
}
