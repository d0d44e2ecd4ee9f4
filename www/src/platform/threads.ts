/**
 * Decides whether real threads are available and which wasm build to load (in the spirit of
 * Squoosh's one helper). The threaded build needs SharedArrayBuffer, which browsers only give to
 * cross-origin isolated pages (COOP: same-origin + COEP: require-corp), and wasm threads support.
 */

/** Which wasm build a worker should load. */
export type Build = 'plain' | 'threaded';

/** The decision and, when threads are unavailable, why, in words a user can act on. */
export interface ThreadSupport {
  build: Build;
  /** Empty when the threaded build is used. */
  reason: string;
}

/** What the decision looks at; taken from the global scope by {@link detectThreadSupport}. */
export interface Environment {
  crossOriginIsolated: boolean;
  hasSharedArrayBuffer: boolean;
  inIframe: boolean;
  threadedBuildPresent: boolean;
}

/** Pure decision, unit-tested. */
export function decideBuild(env: Environment): ThreadSupport {
  if (!env.threadedBuildPresent) {
    return {
      build: 'plain',
      reason:
        'This copy of Interleave was built without the threaded WebAssembly (the nightly Rust toolchain was missing), so only sequential runs are possible. Rebuild with `npm start` on a machine with `rustup toolchain install nightly`.',
    };
  }
  if (!env.crossOriginIsolated || !env.hasSharedArrayBuffer) {
    const where = env.inIframe
      ? 'This lab is running inside another page (an iframe), and embedded pages are not cross-origin isolated unless the host page opts in.'
      : 'This page was served without the Cross-Origin-Opener-Policy: same-origin and Cross-Origin-Embedder-Policy: require-corp headers.';
    return {
      build: 'plain',
      reason: `${where} Browsers only allow SharedArrayBuffer, which real parallel WebAssembly needs, on isolated pages, so this lab runs sequentially. For parallel mode, open the lab in its own tab from a server that sends both headers (\`npm start\` does).`,
    };
  }
  return { build: 'threaded', reason: '' };
}

/** Look at the current page and decide. */
export function detectThreadSupport(threadedBuildPresent = true): ThreadSupport {
  let inIframe = false;
  try {
    inIframe = globalThis.self !== globalThis.top;
  } catch {
    inIframe = true; // a cross-origin parent refuses the comparison
  }
  return decideBuild({
    crossOriginIsolated: globalThis.crossOriginIsolated === true,
    hasSharedArrayBuffer: typeof SharedArrayBuffer !== 'undefined',
    inIframe,
    threadedBuildPresent,
  });
}

/** Number of logical cores the browser reports (at least 1). */
export function hardwareThreads(): number {
  const n = globalThis.navigator?.hardwareConcurrency ?? 1;
  return Number.isInteger(n) && n > 0 ? n : 1;
}
