/** The step-budget field of the Python page: parsing and its messages. */

/** Default budget: enough for the notes' programs, small enough to stop a runaway loop fast. */
export const DEFAULT_STEPS = 50_000_000;
/** Largest budget accepted (the VM's own limit). */
export const MAX_STEPS = 10_000_000_000;

/** The parsed field: a budget, or the message to show beside it. */
export type StepBudget = { ok: true; value: number } | { ok: false; error: string };

/** Check the step budget typed by a user (underscores and commas allowed as separators). */
export function parseSteps(text: string): StepBudget {
  const t = text.trim().replace(/[_,]/g, '');
  if (t === '') return { ok: false, error: `Enter a step budget from 1 to ${MAX_STEPS.toLocaleString('en-US')}.` };
  if (!/^\d+$/.test(t)) return { ok: false, error: `"${text.trim().slice(0, 30)}" is not a whole number of steps.` };
  const n = Number(t);
  if (n < 1 || n > MAX_STEPS) return { ok: false, error: `The step budget must be from 1 to ${MAX_STEPS.toLocaleString('en-US')}.` };
  return { ok: true, value: n };
}
