// Vite configuration for the Interleave front end (index.html at the repository root, code in
// www/src). Both the dev server and `vite preview` (the production build) send the two headers
// that make the page cross-origin isolated, which SharedArrayBuffer and the rayon pool need.
// INTERLEAVE_NO_ISOLATION=1 serves without them: how a host without the headers behaves (tests).
import { defineConfig } from 'vitest/config';

const isolationHeaders: Record<string, string> =
  process.env.INTERLEAVE_NO_ISOLATION === '1'
    ? {}
    : {
        'Cross-Origin-Opener-Policy': 'same-origin',
        'Cross-Origin-Embedder-Policy': 'require-corp',
      };

export default defineConfig({
  root: '.',
  base: './',
  build: { outDir: 'dist', target: 'es2022', emptyOutDir: true },
  worker: { format: 'es' },
  server: { headers: isolationHeaders },
  preview: { headers: isolationHeaders },
  test: {
    include: ['www/src/**/*.test.ts'],
    environment: 'node',
  },
});
