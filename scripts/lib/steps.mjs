// Step runner shared by start, test and bench: prints what each step does and how long it took,
// and runs shell commands with inherited output. Uses Node built-ins only, because it must work
// on a fresh machine before `npm ci` has run.
import { spawnSync, spawn } from 'node:child_process';
import { existsSync, statSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/** Repository root (scripts/lib/ is two levels down). */
export const ROOT = new URL('../..', import.meta.url).pathname.replace(/\/$/, '');

/** Run `fn` as a named step, printing its start, and its duration when it ends. */
export async function step(title, fn) {
  const t0 = Date.now();
  process.stdout.write(`\n==> ${title}\n`);
  const result = await fn();
  const secs = ((Date.now() - t0) / 1000).toFixed(1);
  process.stdout.write(`    done in ${secs} s${typeof result === 'string' ? ` (${result})` : ''}\n`);
  return result;
}

/** Run a command with inherited stdio; throws with the command line when it fails. */
export function run(cmd, args, opts = {}) {
  const shown = [cmd, ...args].join(' ');
  process.stdout.write(`    $ ${shown}\n`);
  const r = spawnSync(cmd, args, { stdio: 'inherit', cwd: ROOT, ...opts, env: { ...process.env, ...(opts.env ?? {}) } });
  if (r.error) throw new Error(`could not start \`${shown}\`: ${r.error.message}`);
  if (r.status !== 0) throw new Error(`\`${shown}\` failed with exit status ${r.status}`);
}

/** Run a command and return {status, stdout, stderr} without throwing (missing tool: status -1). */
export function capture(cmd, args, opts = {}) {
  const r = spawnSync(cmd, args, { encoding: 'utf8', cwd: ROOT, ...opts, env: { ...process.env, ...(opts.env ?? {}) } });
  if (r.error) return { status: -1, stdout: '', stderr: r.error.message };
  return { status: r.status ?? -1, stdout: r.stdout ?? '', stderr: r.stderr ?? '' };
}

/** Start a long-running command in the background; returns the child process. */
export function background(cmd, args, opts = {}) {
  return spawn(cmd, args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'], ...opts, env: { ...process.env, ...(opts.env ?? {}) } });
}

/** Newest modification time (ms) of a file, or of every file under a folder; 0 when missing. */
export function newestMtime(path) {
  if (!existsSync(path)) return 0;
  const st = statSync(path);
  if (!st.isDirectory()) return st.mtimeMs;
  let newest = st.mtimeMs;
  for (const name of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, name)));
  return newest;
}

/** True when `output` exists and is newer than every input path. */
export function upToDate(output, inputs) {
  const out = newestMtime(output);
  return out > 0 && inputs.every((p) => newestMtime(join(ROOT, p)) <= out);
}
