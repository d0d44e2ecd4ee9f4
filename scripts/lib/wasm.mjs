// The two wasm builds: plain (stable, everything but real threads) and threaded (nightly,
// wasm-bindgen-rayon). Each is cargo build -> wasm-bindgen --target web -> wasm-opt (npm binaryen;
// never Debian's, which corrupts this output: BUILD-NOTES.md). Output: www/pkg/{plain,threaded}/.
import { existsSync, writeFileSync, rmSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ROOT, step, run, upToDate } from './steps.mjs';

const INPUTS = ['crate', 'Cargo.toml', 'Cargo.lock', 'scripts/cargo-threaded.toml', 'scripts/lib/wasm.mjs'];

/**
 * The plain build is tuned for download size: it is what every page fetches first. Measured on
 * 2026-12-01 (gzip -9 of index_bg.wasm, one snapshot of the crate): 722 KB with `--release` and
 * the steps as they were, 579 KB with all of
 * - profile `wasm-plain` (Cargo.toml): opt-level 2, dependencies at "z"            -14 KB
 * - the embedded Python library without comments and docstrings (crate/build.rs)   -22 KB
 * - these LLVM flags: less inlining (thresholds 250, and 325 for `#[inline]`
 *   functions, by default; 40 since 2026-12-02) and no loop unrolling or loop-header
 *   duplication                                                                   -107 KB
 * at a cost in speed: bench/programs in Chromium ran about 7% slower in total (best of 12
 * runs each; 2-3% for the plain loops, up to ~20% for the threaded counters). Measured again on
 * 2026-12-01 (`BENCH_ONLY=vm npm run bench`, one run with these flags and one without, VM time
 * over python3's): 684.5 KB gzip without them, 579.2 KB with; counter_attr 1.18x -> 1.22x,
 * counter_getattr 2.27x -> 2.49x, counting_loop 0.98x -> 1.11x, factorize_generator
 * 2.12x -> 2.24x, generator_pipeline 0.97x -> 1.11x. wasm-opt's levels
 * (-O3/-Os/-Oz, --converge) changed the size by under 1 KB: -O3 stays. Profiles cannot carry
 * rustflags on stable cargo, hence `--config` (a RUSTFLAGS variable, if set, replaces it).
 * Measured on 2026-12-02 (plain wasm in Node, bench/programs, best of 3, two alternating runs
 * each): inline thresholds 40/40 instead of 75/75 took the module from 599.7 to 588.7 KB gzip
 * with no change in speed beyond run-to-run noise (factorize_generator 441-483 ms vs 448-492);
 * opt-level "s" instead of 2 saved only 4 KB and cost 7-25% (factorize_generator 444 -> 559 ms).
 */
const PLAIN_RUSTFLAGS = [
  '-Cllvm-args=-inline-threshold=40',
  '-Cllvm-args=-inlinehint-threshold=40',
  '-Cllvm-args=-unroll-threshold=0',
  '-Cllvm-args=-rotation-max-header-size=0',
];

/** Build descriptions: cargo arguments and where each build's files go. */
export const BUILDS = {
  plain: {
    cargo: [
      'build', '--profile', 'wasm-plain', '--target', 'wasm32-unknown-unknown', '--lib', '-p', 'interleave',
      '--config', `target.wasm32-unknown-unknown.rustflags=${JSON.stringify(PLAIN_RUSTFLAGS)}`,
    ],
    profile: 'wasm-plain',
    // Where cargo puts it: CARGO_TARGET_DIR if set (relative to the repository), else target/.
    targetDir: resolve(ROOT, process.env.CARGO_TARGET_DIR ?? 'target'),
    out: join(ROOT, 'www/pkg/plain'),
  },
  threaded: {
    cargo: [
      '+nightly', 'build', '--release', '--target', 'wasm32-unknown-unknown', '--lib', '-p', 'interleave',
      '--features', 'parallel', '--config', 'scripts/cargo-threaded.toml', '--target-dir', 'target/threaded',
    ],
    profile: 'release',
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
    const wasm = join(b.targetDir, 'wasm32-unknown-unknown', b.profile, 'interleave.wasm');
    rmSync(b.out, { recursive: true, force: true });
    run('wasm-bindgen', ['--target', 'web', '--out-name', 'index', '--out-dir', b.out, wasm]);
    const opt = join(ROOT, 'node_modules/.bin/wasm-opt');
    const features = name === 'threaded' ? ['--enable-threads', '--enable-bulk-memory'] : [];
    // The plain build drops two custom sections no loader reads (producers, target_features).
    const strip = name === 'plain' ? ['--strip-producers', '--strip-target-features'] : [];
    run(opt, ['-O3', ...strip, '--enable-mutable-globals', '--enable-nontrapping-float-to-int', '--enable-sign-ext',
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
