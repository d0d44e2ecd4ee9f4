/** Messages between the Python page and its Worker, which runs the VM (plain wasm build). */

/** Page → worker. */
export interface RunRequest {
  kind: 'run';
  id: number;
  source: string;
  stdin: string;
  maxSteps: number;
}

/** What the VM reports for one run. */
export interface RunOutput {
  stdout: string;
  stderr: string;
  exit: 'finished' | 'exception' | 'compile-error' | 'step-budget' | 'memory-budget' | 'output-limit';
  status: number;
  steps: number;
}

/** Worker → page. */
export type RunResponse = { kind: 'done'; id: number; output: RunOutput; ms: number } | { kind: 'error'; id: number; message: string };
