/**
 * Lazy loaders for the two wasm builds. `import.meta.glob` lists only builds that exist when the
 * front end is built, so a machine without the nightly toolchain still builds and says so.
 */
import type * as Plain from '../../pkg/plain/index.js';
import type { Build } from '../platform/threads';

/** The functions every build exports. */
export type CoreModule = typeof Plain & {
  initThreadPool?: (threads: number) => Promise<unknown>;
  factorizeParallel?: (numbers: Uint32Array) => Uint32Array[];
  poolSize?: () => number;
};

const loaders = import.meta.glob<CoreModule>(['../../pkg/plain/index.js', '../../pkg/threaded/index.js']);

function loaderFor(build: Build): (() => Promise<CoreModule>) | undefined {
  return loaders[`../../pkg/${build}/index.js`];
}

/** Whether this front end was built with the threaded wasm next to it. */
export function threadedBuildPresent(): boolean {
  return loaderFor('threaded') !== undefined;
}

/** Load and initialise a build; rejects with a readable message when it is missing. */
export async function loadCore(build: Build): Promise<CoreModule> {
  const load = loaderFor(build);
  if (!load) throw new Error(`The ${build} WebAssembly build is missing: run \`npm start\` to build it.`);
  const mod = await load();
  await (mod as unknown as { default: () => Promise<unknown> }).default();
  return mod;
}
