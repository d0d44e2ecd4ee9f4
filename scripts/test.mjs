// `npm test`: set-up (the same as `npm start`, plus Debian's Chromium), then every suite:
// rustfmt, clippy (warnings denied), native Rust tests, wasm tests in headless Chromium,
// front-end unit tests (Vitest), the TypeScript check, and Playwright end-to-end tests against
// the production build. Prints each suite's summary and a closing line "N passed, N failed".
import { spawnSync } from 'node:child_process';
import { ROOT, step } from './lib/steps.mjs';
import { buildAll } from './lib/build.mjs';
import { ensureChromium } from './lib/toolchain.mjs';

const NO_COLOR = { NO_COLOR: '1', FORCE_COLOR: '0', CARGO_TERM_COLOR: 'never' };

/** Run a command, echoing its output, and return {ok, output}. */
function runSuite(cmd, args, env = {}) {
  process.stdout.write(`    $ ${[cmd, ...args].join(' ')}\n`);
  const r = spawnSync(cmd, args, {
    cwd: ROOT,
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
    env: { ...process.env, ...NO_COLOR, ...env },
  });
  const output = `${r.stdout ?? ''}${r.stderr ?? ''}${r.error ? `\n${r.error.message}` : ''}`;
  process.stdout.write(output.endsWith('\n') || output === '' ? output : `${output}\n`);
  return { ok: r.status === 0, output };
}

/** Sum every match of a "N passed ... N failed" style pattern in the output. */
function sum(output, regex) {
  let total = 0;
  for (const m of output.matchAll(regex)) total += Number(m[1]);
  return total;
}

/** Suites: name, command, and how to count tests in its output (checks count as one test). */
const cargoCounts = (out) => ({
  passed: sum(out, /test result: \w+\. (\d+) passed/g),
  failed: sum(out, /test result: \w+\. \d+ passed; (\d+) failed/g),
});
const suites = [
  { name: 'rustfmt (check)', cmd: 'cargo', args: ['fmt', '--all', '--', '--check'] },
  { name: 'clippy, native, warnings denied', cmd: 'cargo', args: ['clippy', '--all-targets', '--features', 'parallel', '--', '-D', 'warnings'] },
  { name: 'clippy, wasm32 bindings, warnings denied', cmd: 'cargo', args: ['clippy', '--target', 'wasm32-unknown-unknown', '--lib', '--test', 'wasm_bindings', '--', '-D', 'warnings'] },
  { name: 'Rust tests (native)', cmd: 'cargo', args: ['test', '--features', 'parallel'], counts: cargoCounts },
  {
    name: 'wasm tests in headless Chromium (wasm-bindgen-test)',
    cmd: 'cargo',
    args: ['test', '--target', 'wasm32-unknown-unknown', '--test', 'wasm_bindings'],
    env: { CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER: 'wasm-bindgen-test-runner', CHROMEDRIVER: '/usr/bin/chromedriver' },
    counts: cargoCounts,
  },
  {
    name: 'front-end unit tests (Vitest)',
    cmd: 'node',
    args: ['node_modules/vitest/vitest.mjs', 'run'],
    counts: (out) => ({ passed: sum(out, /Tests\s+(?:\d+ failed \| )?(\d+) passed/g), failed: sum(out, /Tests\s+(\d+) failed/g) }),
  },
  { name: 'TypeScript type check', cmd: 'node', args: ['node_modules/typescript/bin/tsc', '-p', '.'] },
  {
    name: 'end-to-end tests in Chromium (Playwright, production build)',
    cmd: 'node',
    args: ['node_modules/@playwright/test/cli.js', 'test'],
    counts: (out) => ({ passed: sum(out, /^\s*(\d+) passed/gm), failed: sum(out, /^\s*(\d+) failed/gm) + sum(out, /^\s*(\d+) flaky/gm) }),
  },
];

const results = [];
try {
  await buildAll();
  await ensureChromium();
} catch (e) {
  console.error(`\nnpm test could not set up: ${e.message}`);
  console.log('\n0 passed, 1 failed');
  process.exit(1);
}

for (const s of suites) {
  await step(s.name, () => {
    const { ok, output } = runSuite(s.cmd, s.args, s.env);
    let { passed, failed } = s.counts ? s.counts(output) : { passed: ok ? 1 : 0, failed: ok ? 0 : 1 };
    if (!ok && failed === 0) failed = 1; // the command failed before reporting a failing test
    if (ok && s.counts && passed === 0) {
      failed += 1; // a runner that exits 0 but ran nothing is a failure
      console.log('    !! this suite ran no test');
    }
    results.push({ name: s.name, ok: ok && failed === 0, passed, failed });
    return ok ? `${passed} passed` : `FAILED: ${failed} failed, ${passed} passed`;
  });
}

console.log('\nSummary');
for (const r of results) console.log(`  ${r.ok ? 'ok  ' : 'FAIL'}  ${r.name}: ${r.passed} passed, ${r.failed} failed`);
const passed = results.reduce((a, r) => a + r.passed, 0);
const failed = results.reduce((a, r) => a + r.failed, 0);
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed === 0 && results.every((r) => r.ok) ? 0 : 1);
