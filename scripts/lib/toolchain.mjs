// Fresh-machine set-up: rustup targets and components, the wasm-bindgen CLI at the version
// Cargo.lock pins, and the npm dependencies. Each check is cheap, so a second run skips in seconds.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, step, run, capture, newestMtime } from './steps.mjs';

/** The wasm-bindgen version in Cargo.lock (the CLI must be exactly this version). */
export function lockedWasmBindgenVersion() {
  const lock = readFileSync(join(ROOT, 'Cargo.lock'), 'utf8');
  const m = lock.match(/name = "wasm-bindgen"\nversion = "([^"]+)"/);
  if (!m) throw new Error('Cargo.lock has no wasm-bindgen entry: run `cargo generate-lockfile`.');
  return m[1];
}

function hasTarget(toolchain) {
  const r = capture('rustup', [`+${toolchain}`, 'target', 'list', '--installed']);
  return r.status === 0 && r.stdout.split('\n').includes('wasm32-unknown-unknown');
}

/** Make sure the stable wasm target exists (needed for the plain build). */
export async function ensureStableWasm() {
  await step('Rust stable: wasm32-unknown-unknown target', () => {
    if (capture('rustup', ['--version']).status !== 0) {
      throw new Error('rustup is not on PATH. Install Rust with rustup (https://rustup.rs), then run this again.');
    }
    if (hasTarget('stable')) return 'already installed';
    run('rustup', ['target', 'add', 'wasm32-unknown-unknown', '--toolchain', 'stable']);
  });
}

/**
 * Make sure the nightly toolchain with the wasm target and rust-src exists (threaded build).
 * Returns false, with the reason printed, when it cannot be had: the rest still builds.
 */
export async function ensureNightlyWasm() {
  return step('Rust nightly: toolchain, wasm32 target and rust-src (threaded build)', () => {
    try {
      const list = capture('rustup', ['toolchain', 'list']).stdout;
      if (!/^nightly/m.test(list)) {
        process.stdout.write('    nightly is missing: installing it (a few minutes on first run)\n');
        run('rustup', ['toolchain', 'install', 'nightly', '--profile', 'minimal']);
      }
      if (!hasTarget('nightly')) run('rustup', ['target', 'add', 'wasm32-unknown-unknown', '--toolchain', 'nightly']);
      const comps = capture('rustup', ['+nightly', 'component', 'list', '--installed']).stdout;
      if (!comps.split('\n').some((c) => c.startsWith('rust-src'))) {
        run('rustup', ['component', 'add', 'rust-src', '--toolchain', 'nightly']);
      }
      return true;
    } catch (e) {
      process.stdout.write(
        `    !! the nightly toolchain could not be set up (${e.message}).\n` +
          '    !! Real parallel mode will NOT be built; everything else works. To fix: `rustup toolchain install nightly`,\n' +
          '    !! `rustup +nightly target add wasm32-unknown-unknown`, `rustup +nightly component add rust-src`.\n',
      );
      return false;
    }
  });
}

/** Make sure `wasm-bindgen` on PATH is exactly the version Cargo.lock pins. */
export async function ensureWasmBindgenCli() {
  const want = lockedWasmBindgenVersion();
  await step(`wasm-bindgen CLI ${want}`, () => {
    const have = capture('wasm-bindgen', ['--version']).stdout.trim();
    if (have === `wasm-bindgen ${want}`) return 'already installed';
    process.stdout.write(`    found "${have || 'none'}"; installing ${want} with cargo (about 3 minutes on first run)\n`);
    // Not --locked: one of the CLI's locked dependency versions is gone from the index (BUILD-NOTES).
    run('cargo', ['install', 'wasm-bindgen-cli', '--version', want, '--force']);
  });
}

/** Install the npm dependencies from package-lock.json when node_modules is missing or stale. */
export async function ensureNpmDeps() {
  await step('npm dependencies (npm ci)', () => {
    const marker = join(ROOT, 'node_modules', '.package-lock.json');
    if (existsSync(marker) && newestMtime(marker) >= newestMtime(join(ROOT, 'package-lock.json'))) {
      return 'already installed';
    }
    run('npm', ['ci', '--no-audit', '--no-fund']);
  });
}

/** Install Debian's chromium and chromium-driver when missing (tests only). */
export async function ensureChromium() {
  await step('Chromium for browser tests (Debian chromium + chromium-driver)', () => {
    if (existsSync('/usr/bin/chromium') && existsSync('/usr/bin/chromedriver')) return 'already installed';
    const asRoot = process.getuid?.() === 0;
    const hint =
      'Install them yourself with: sudo apt-get update && sudo apt-get install -y chromium chromium-driver fonts-noto-cjk';
    if (!asRoot || capture('apt-get', ['--version']).status !== 0) {
      throw new Error(`Chromium is missing and cannot be installed automatically here. ${hint}`);
    }
    try {
      run('apt-get', ['update', '-qq']);
      run('apt-get', ['install', '-y', '-qq', 'chromium', 'chromium-driver', 'fonts-noto-cjk'], {
        env: { DEBIAN_FRONTEND: 'noninteractive' },
      });
    } catch (e) {
      throw new Error(`${e.message}. ${hint}`);
    }
  });
}
