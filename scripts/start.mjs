// `npm start`: everything a fresh machine needs, then the production build served with the
// cross-origin isolation headers. Node built-ins only until `npm ci` has run. Each step skips
// itself when its work is already done, so a second run is up in seconds.
//   --build-only   stop after building (used by `npm run build`, test and bench)
import { ROOT, step, run } from './lib/steps.mjs';
import { buildAll } from './lib/build.mjs';

const buildOnly = process.argv.includes('--build-only');
const t0 = Date.now();
console.log('Interleave: setting up and building. The first run on a fresh machine takes about 6 minutes');
console.log('(wasm-bindgen-cli compiles for ~3 min, both wasm builds ~2 min); later runs take seconds.');

try {
  const { threaded } = await buildAll();
  console.log(`\nBuilt in ${((Date.now() - t0) / 1000).toFixed(0)} s.${threaded ? '' : ' Real parallel mode was NOT built (see the note above).'}`);
  if (!buildOnly) {
    const port = process.env.PORT ?? '4173';
    await step(`Serving the production build (dist/) with COOP/COEP headers`, () => {
      console.log(`\n    Open http://127.0.0.1:${port}/  (Ctrl+C stops the server)\n`);
      run('node', ['node_modules/vite/bin/vite.js', 'preview', '--port', port, '--strictPort', '--host', '127.0.0.1'], { cwd: ROOT });
    });
  }
} catch (e) {
  console.error(`\nnpm start stopped: ${e.message}`);
  process.exit(1);
}
