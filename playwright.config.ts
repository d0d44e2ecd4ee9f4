// End-to-end tests in Debian's Chromium (Playwright cannot download its own browser here)
// against the production build served by `vite preview`: once with the cross-origin isolation
// headers (parallel mode) and once without (the fallback a course-site iframe gets).
import { defineConfig } from '@playwright/test';

const chromiumArgs = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

const ISOLATED_PORT = 4183;
const PLAIN_PORT = 4184;
const preview = (port: number) => `node node_modules/vite/bin/vite.js preview --port ${port} --strictPort --host 127.0.0.1`;

export default defineConfig({
  testDir: 'tests/e2e',
  timeout: 60_000,
  workers: 1,
  reporter: [['list']],
  use: {
    browserName: 'chromium',
    launchOptions: { executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', args: chromiumArgs },
  },
  projects: [
    { name: 'isolated', testMatch: '**/isolated.*.spec.ts', use: { baseURL: `http://127.0.0.1:${ISOLATED_PORT}/` } },
    { name: 'not-isolated', testMatch: '**/not-isolated.*.spec.ts', use: { baseURL: `http://127.0.0.1:${PLAIN_PORT}/` } },
  ],
  webServer: [
    { command: preview(ISOLATED_PORT), url: `http://127.0.0.1:${ISOLATED_PORT}/`, reuseExistingServer: false, timeout: 30_000 },
    {
      command: preview(PLAIN_PORT),
      url: `http://127.0.0.1:${PLAIN_PORT}/`,
      reuseExistingServer: false,
      timeout: 30_000,
      env: { INTERLEAVE_NO_ISOLATION: '1' },
    },
  ],
});
