import { existsSync } from 'node:fs';
import { defineConfig, devices } from '@playwright/test';

// E2E_DEV=1 runs against the Vite dev server instead of the production build.
const DEV = !!process.env.E2E_DEV;
// E2E_PORT and E2E_DIST let two suites run side by side (each its own server and build).
const PORT = Number(process.env.E2E_PORT) || (DEV ? 5173 : 4173);
const DIST = process.env.E2E_DIST ?? 'dist-e2e';
const BASE_URL = `http://127.0.0.1:${PORT}`;

// Debian's Chromium where it exists (this machine and CI have no browser CDN);
// elsewhere Playwright's own browser, so the suite also runs on a laptop.
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const executablePath = existsSync(CHROMIUM) ? CHROMIUM : undefined;

export default defineConfig({
  testDir: 'e2e',
  outputDir: 'test-results',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  forbidOnly: !!process.env.CI,
  reporter: [['list']],
  use: {
    ...devices['Desktop Chrome'],
    baseURL: BASE_URL,
    viewport: { width: 1400, height: 850 },
    permissions: ['clipboard-read', 'clipboard-write'],
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-dev-shm-usage',
        '--disable-quic',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--disable-default-apps',
        '--disable-domain-reliability',
        '--no-first-run',
        '--no-default-browser-check',
        '--metrics-recording-only',
      ],
    },
  },
  projects: [{ name: 'chromium' }],
  webServer: {
    // The e2e build (dist-e2e) is the production build plus the read-only test hook.
    command: DEV
      ? `npx vite --host 127.0.0.1 --port ${PORT} --strictPort`
      : `npx vite preview --outDir ${DIST} --host 127.0.0.1 --port ${PORT} --strictPort`,
    url: BASE_URL,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
    stdout: 'pipe',
  },
});
