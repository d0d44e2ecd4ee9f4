/** Input presets for the factorization lab. */

/** The four numbers from the notes (Effective Python's example). */
export const NOTES_NUMBERS = [2139079, 1214759, 1516637, 1852285];

/** Eight numbers near 5e7: one sequential run takes about a second, so speedups are clear. */
export const HEAVY_NUMBERS = [49999991, 50000017, 50000021, 50000047, 50000059, 50000063, 50000101, 50000131];

/** Named presets, as offered on the page and accepted in the `preset` URL parameter. */
export const PRESETS: Record<string, { label: string; numbers: number[] }> = {
  notes: { label: "The notes' four numbers", numbers: NOTES_NUMBERS },
  heavy: { label: 'Heavy: eight numbers near 5×10⁷', numbers: HEAVY_NUMBERS },
};

/** The text a preset puts in the numbers field. */
export function presetText(name: string): string | null {
  const p = PRESETS[name];
  return p ? p.numbers.join(', ') : null;
}
