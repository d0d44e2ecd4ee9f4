/**
 * The lab's parameters as a teacher shares them in a link (`?numbers=…&workers=…` or
 * `?preset=heavy`), and the worker-count check. Everything read from a URL is plain text that
 * goes through the same validation as typed input.
 */
import { presetText } from './presets';

/** Parameters read from a query string; absent ones are null. */
export interface LabParams {
  numbers: string | null;
  workers: string | null;
  /** A message when the URL named something unknown (shown, never thrown). */
  warning: string | null;
}

/** Longest URL parameter accepted; longer ones are ignored with a message. */
export const MAX_PARAM_LENGTH = 2000;

/** Read the lab's parameters from a query string such as `location.search`. */
export function readParams(search: string): LabParams {
  const q = new URLSearchParams(search);
  const out: LabParams = { numbers: null, workers: null, warning: null };
  const preset = q.get('preset');
  if (preset !== null) {
    const text = presetText(preset);
    if (text === null) out.warning = `The link asks for a preset named "${truncate(preset)}", which does not exist; try "notes" or "heavy".`;
    else out.numbers = text;
  }
  const numbers = q.get('numbers');
  if (numbers !== null) {
    if (numbers.length > MAX_PARAM_LENGTH) out.warning = `The link's numbers parameter is ${numbers.length} characters long; at most ${MAX_PARAM_LENGTH} are read.`;
    else out.numbers = numbers;
  }
  const workers = q.get('workers');
  if (workers !== null) out.workers = workers.slice(0, 20);
  return out;
}

/** Build the query string that reproduces the current parameters. */
export function writeParams(numbers: string, workers: string): string {
  const q = new URLSearchParams();
  q.set('numbers', numbers.trim().replace(/\s+/g, ' '));
  q.set('workers', workers.trim());
  return `?${q.toString()}`;
}

/** The result of checking the worker count field. */
export type WorkerCount = { ok: true; value: number } | { ok: false; error: string };

/** Check a worker count typed by a user against the machine's core count. */
export function parseWorkerCount(text: string, max: number): WorkerCount {
  const t = text.trim();
  if (t === '') return { ok: false, error: `Enter a worker count from 1 to ${max}.` };
  if (!/^[+-]?\d+$/.test(t)) return { ok: false, error: `"${truncate(t)}" is not a whole number: enter a worker count from 1 to ${max}.` };
  const n = Number(t);
  if (n < 1 || n > max) {
    return { ok: false, error: `${t} workers is out of range: this browser reports ${max} core${max === 1 ? '' : 's'}, so use 1 to ${max}.` };
  }
  return { ok: true, value: n };
}

function truncate(s: string): string {
  return s.length > 40 ? `${s.slice(0, 40)}…` : s;
}
