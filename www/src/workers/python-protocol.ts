/** Messages between a page that runs Python (the Python page, the factorization lab) and its Worker, which runs the VM (plain wasm build). */

/** Page → worker. */
export interface RunRequest {
  kind: 'run';
  id: number;
  source: string;
  stdin: string;
  maxSteps: number;
  /** Virtual cores for processes and the free-threaded policy (the VM's default when absent). */
  cores?: number;
}

/** What the VM reports for one run. */
export interface RunOutput {
  stdout: string;
  stderr: string;
  exit: 'finished' | 'exception' | 'compile-error' | 'step-budget' | 'memory-budget' | 'output-limit' | 'deadlock';
  status: number;
  steps: number;
}

/** Worker → page. */
export type RunResponse = { kind: 'done'; id: number; output: RunOutput; ms: number } | { kind: 'error'; id: number; message: string };
