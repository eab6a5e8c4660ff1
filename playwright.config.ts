import { existsSync } from 'node:fs';
import { chromium, defineConfig, devices } from '@playwright/test';

// PW_PORT lets two checkouts run their browser tests side by side.
const PORT = Number(process.env.PW_PORT) || 4173;
const BASE_URL = `http://127.0.0.1:${PORT}`;
const SYSTEM_CHROMIUM = '/usr/bin/chromium';

/**
 * Which Chromium to run: PW_CHROMIUM_PATH if set; else Playwright's own build if installed
 * (`npx playwright install chromium`); else the distribution's package. `undefined` lets
 * Playwright pick its own build, or print its "how to install" message if there is none.
 */
function chromiumExecutable(): string | undefined {
  const fromEnv = process.env.PW_CHROMIUM_PATH;
  if (fromEnv) return fromEnv;
  try {
    if (existsSync(chromium.executablePath())) return undefined;
  } catch {
    // No Playwright build for this platform: fall through to the system browser.
  }
  return existsSync(SYSTEM_CHROMIUM) ? SYSTEM_CHROMIUM : undefined;
}

// vite preview serves dist/; without it every test would fail on a blank page.
if (!existsSync('dist/index.html')) {
  throw new Error('dist/index.html not found: run `npm run build` before the browser tests.');
}

export default defineConfig({
  testDir: 'e2e',
  // Screenshot writers are for a person to look at, not checks: only `npm run screenshots` runs them.
  testIgnore: process.env.SHOTS ? [] : ['**/screenshots.spec.ts'],
  // Not the default "test-results": Playwright empties its outputDir on start, and Vitest's
  // report (test-results/vitest.json) must survive for the CI summary.
  outputDir: 'test-results/playwright',
  fullyParallel: true,
  workers: 2,
  forbidOnly: !!process.env.CI,
  // One retry in CI; a test that needed it is counted as flaky in the summary, not hidden.
  retries: process.env.CI ? 1 : 0,
  reporter: [['list'], ['json', { outputFile: 'test-results/playwright.json' }]],
  use: {
    baseURL: BASE_URL,
    locale: 'en-US',
    reducedMotion: 'reduce',
    // The offline test allows the service worker; elsewhere it would only add a cache between
    // each test and the build it checks.
    serviceWorkers: 'block',
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: chromiumExecutable(),
      args: [
        // Chromium still resolves Google hosts for its background services; nothing but the
        // local preview server is reachable (or wanted) from a test.
        '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1, EXCLUDE localhost',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
  },
  projects: [
    {
      name: 'desktop',
      use: { ...devices['Desktop Chrome'], viewport: { width: 1366, height: 768 } },
    },
  ],
  webServer: {
    // vite itself, not `npm run preview`: stopping npm would leave vite running.
    command: `node node_modules/vite/bin/vite.js preview --host 127.0.0.1 --port ${PORT} --strictPort`,
    url: BASE_URL,
    reuseExistingServer: !process.env.CI,
    timeout: 30_000,
  },
});
