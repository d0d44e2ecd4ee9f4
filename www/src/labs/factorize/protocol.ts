/**
 * Messages between the factorization lab page and its Web Worker. The worker owns one wasm
 * build; in the threaded build it also owns a rayon pool of a fixed size.
 */
import type { Build } from '../../platform/threads';

/** How a job runs: on the worker's own thread, or split across the rayon pool. */
export type Mode = 'sequential' | 'parallel';

/** Page → worker. */
export type Request =
  | { kind: 'init'; build: Build; poolSize: number }
  | { kind: 'run'; id: number; mode: Mode; numbers: number[] };

/** Worker → page. */
export type Response =
  | { kind: 'ready'; build: Build; poolSize: number }
  | { kind: 'result'; id: number; mode: Mode; divisors: Uint32Array[]; ms: number }
  | { kind: 'error'; id: number | null; message: string };
