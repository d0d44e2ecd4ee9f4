// The whole build, shared by start, test and bench: toolchain set-up, both wasm builds, and the
// front end (vite build into dist/). Every step skips itself when already done.
import { join } from 'node:path';
import { ROOT, step, run, upToDate } from './steps.mjs';
import { ensureStableWasm, ensureNightlyWasm, ensureWasmBindgenCli, ensureNpmDeps } from './toolchain.mjs';
import { buildWasm } from './wasm.mjs';

/** Set up and build everything; returns whether the threaded build exists. */
export async function buildAll() {
  await ensureStableWasm();
  const nightly = await ensureNightlyWasm();
  await ensureWasmBindgenCli();
  await ensureNpmDeps();
  await buildWasm('plain');
  let threaded = false;
  if (nightly) {
    try {
      await buildWasm('threaded');
      threaded = true;
    } catch (e) {
      console.log(`    !! the threaded build failed (${e.message}); continuing with the plain build only.`);
    }
  }
  await buildFrontEnd();
  return { threaded };
}

/** vite build into dist/, unless dist is newer than every input. */
export async function buildFrontEnd() {
  await step('front end: vite build -> dist/', () => {
    const inputs = ['index.html', 'www', 'vite.config.ts', 'package-lock.json'];
    if (upToDate(join(ROOT, 'dist/index.html'), inputs)) return 'up to date';
    run('node', ['node_modules/vite/bin/vite.js', 'build', '--logLevel', 'warn']);
  });
}
