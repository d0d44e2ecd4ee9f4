// The two wasm builds: plain (stable, everything but real threads) and threaded (nightly,
// wasm-bindgen-rayon). Each is cargo build -> wasm-bindgen --target web -> wasm-opt (npm binaryen;
// never Debian's, which corrupts this output: BUILD-NOTES.md). Output: www/pkg/{plain,threaded}/.
import { existsSync, writeFileSync, rmSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, step, run, upToDate } from './steps.mjs';

const INPUTS = ['crate', 'Cargo.toml', 'Cargo.lock', 'scripts/cargo-threaded.toml', 'scripts/lib/wasm.mjs'];

/** Build descriptions: cargo arguments and where each build's files go. */
export const BUILDS = {
  plain: {
    cargo: ['build', '--release', '--target', 'wasm32-unknown-unknown', '--lib', '-p', 'interleave'],
    targetDir: join(ROOT, 'target'),
    out: join(ROOT, 'www/pkg/plain'),
  },
  threaded: {
    cargo: [
      '+nightly', 'build', '--release', '--target', 'wasm32-unknown-unknown', '--lib', '-p', 'interleave',
      '--features', 'parallel', '--config', 'scripts/cargo-threaded.toml', '--target-dir', 'target/threaded',
    ],
    targetDir: join(ROOT, 'target/threaded'),
    out: join(ROOT, 'www/pkg/threaded'),
  },
};

/** Build one flavour unless its output is newer than every input. */
export async function buildWasm(name, { force = false } = {}) {
  const b = BUILDS[name];
  const stamp = join(b.out, 'index_bg.wasm');
  await step(`wasm build: ${name}`, () => {
    if (!force && upToDate(stamp, INPUTS)) return 'up to date';
    run('cargo', b.cargo);
    const wasm = join(b.targetDir, 'wasm32-unknown-unknown/release/interleave.wasm');
    rmSync(b.out, { recursive: true, force: true });
    run('wasm-bindgen', ['--target', 'web', '--out-name', 'index', '--out-dir', b.out, wasm]);
    const opt = join(ROOT, 'node_modules/.bin/wasm-opt');
    const features = name === 'threaded' ? ['--enable-threads', '--enable-bulk-memory'] : [];
    run(opt, ['-O3', '--enable-mutable-globals', '--enable-nontrapping-float-to-int', '--enable-sign-ext',
      '--enable-bulk-memory', '--enable-reference-types', '--enable-multivalue', ...features,
      stamp, '-o', stamp]);
    // A package.json lets Vite resolve the rayon worker helper's `import('../../..')`.
    writeFileSync(join(b.out, 'package.json'), JSON.stringify({ name: `interleave-${name}`, type: 'module', main: 'index.js' }, null, 2));
    if (name === 'threaded') assertSharedMemory(stamp);
  });
}

/** The threaded module must import a shared `env.memory`, or the pool fails (BUILD-NOTES.md). */
function assertSharedMemory(wasmPath) {
  const mod = new WebAssembly.Module(readFileSync(wasmPath));
  const mem = WebAssembly.Module.imports(mod).find((i) => i.kind === 'memory');
  if (!mem) throw new Error('threaded build does not import its memory: check scripts/cargo-threaded.toml');
}

/** Whether a finished threaded build is present. */
export function threadedBuilt() {
  return existsSync(join(BUILDS.threaded.out, 'index_bg.wasm'));
}
