/**
 * Keeps what a user typed across reloads and crashes: each field's value is saved to
 * localStorage on every input and restored on load. Storage failures (private mode, quota) are
 * ignored: the page works without persistence.
 */

const PREFIX = 'interleave:';

/** Read a saved value, or null when there is none or storage is unavailable. */
export function loadSaved(key: string): string | null {
  try {
    return globalThis.localStorage?.getItem(PREFIX + key) ?? null;
  } catch {
    return null;
  }
}

/** Save a value; silently does nothing when storage is unavailable. */
export function save(key: string, value: string): void {
  try {
    globalThis.localStorage?.setItem(PREFIX + key, value);
  } catch {
    /* storage unavailable: the value simply is not kept */
  }
}

/** Save a field's value whenever it changes. */
export function persistField(key: string, field: HTMLInputElement | HTMLTextAreaElement): void {
  field.addEventListener('input', () => save(key, field.value));
}
