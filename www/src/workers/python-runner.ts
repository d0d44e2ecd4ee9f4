/**
 * Runs Python programs in a dedicated Worker and stops them on request (by terminating the
 * worker; the next run starts a fresh one).
 */
import type { RunOutput, RunRequest, RunResponse } from './python-protocol';

/** Rejection reason of a stopped run. */
export class Stopped extends Error {
  constructor() {
    super('Stopped');
  }
}

/** Owns the worker. */
export class PythonRunner {
  private worker: Worker | null = null;
  private pending: { id: number; resolve: (r: { output: RunOutput; ms: number }) => void; reject: (e: Error) => void } | null = null;
  private nextId = 1;

  private ensureWorker(): Worker {
    if (this.worker) return this.worker;
    const w = new Worker(new URL('./python.worker.ts', import.meta.url), { type: 'module' });
    w.onmessage = (event: MessageEvent<RunResponse>) => {
      const msg = event.data;
      const p = this.pending;
      if (!p || p.id !== msg.id) return;
      this.pending = null;
      if (msg.kind === 'done') p.resolve({ output: msg.output, ms: msg.ms });
      else p.reject(new Error(msg.message));
    };
    w.onerror = (e) => {
      const p = this.pending;
      this.pending = null;
      this.worker?.terminate();
      this.worker = null;
      p?.reject(new Error(`The worker failed: ${e.message || 'unknown error'}`));
    };
    this.worker = w;
    return w;
  }

  /** Run a program; resolves with its output, rejects with {@link Stopped} if stopped. */
  run(source: string, stdin: string, maxSteps: number, cores?: number): Promise<{ output: RunOutput; ms: number }> {
    const id = this.nextId++;
    const req: RunRequest = { kind: 'run', id, source, stdin, maxSteps, cores };
    return new Promise((resolve, reject) => {
      this.pending = { id, resolve, reject };
      this.ensureWorker().postMessage(req);
    });
  }

  /** Whether a run is in flight. */
  get busy(): boolean {
    return this.pending !== null;
  }

  /** Stop the running program now. */
  stop(): void {
    this.worker?.terminate();
    this.worker = null;
    const p = this.pending;
    this.pending = null;
    p?.reject(new Stopped());
  }
}
