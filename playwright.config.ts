import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './scripts/chromium.ts';

/** E2E_PORT lets two checkouts run their browser tests side by side on one machine. */
const PORT = Number(process.env.E2E_PORT ?? 4173);
/** deploy/nginx.conf serving the same build (scripts/serve-nginx.sh). */
const NGINX_PORT = PORT + 1;

const chromium = { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS };

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  retries: process.env.CI ? 1 : 0,
  reporter: process.env.CI ? 'line' : 'list',
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    launchOptions: chromium,
    trace: 'retain-on-failure',
    // The production build registers a service worker (decision 013). Tests that route, count or
    // fail requests need the page to fetch for itself; the offline tests allow it.
    serviceWorkers: 'block',
  },
  projects: [
    {
      // The production build behind the nginx configuration we ship: the reader's journeys,
      // the hostile links, and what only a server can do (redirects, headers, compression).
      name: 'nginx',
      testMatch: [
        'reader.spec.ts',
        'robustness.spec.ts',
        'nginx.spec.ts',
        'prerender.spec.ts',
        'sharing.spec.ts',
        'search.spec.ts',
      ],
      use: {
        ...devices['Desktop Chrome'],
        viewport: { width: 1280, height: 800 },
        launchOptions: chromium,
        baseURL: `http://127.0.0.1:${NGINX_PORT}`,
      },
    },
    {
      name: 'desktop',
      testIgnore: ['**/*-phone.spec.ts', '**/nginx.spec.ts'],
      use: { ...devices['Desktop Chrome'], viewport: { width: 1280, height: 800 }, launchOptions: chromium },
    },
    {
      name: 'phone',
      testIgnore: ['**/*-wide.spec.ts', '**/nginx.spec.ts'],
      use: { ...devices['Pixel 5'], viewport: { width: 375, height: 740 }, launchOptions: chromium },
    },
  ],
  webServer: [
    {
      command: `npx vite preview --host 127.0.0.1 --port ${PORT} --strictPort`,
      url: `http://127.0.0.1:${PORT}/`,
      reuseExistingServer: !process.env.CI,
      timeout: 30_000,
    },
    {
      command: `bash scripts/serve-nginx.sh ${NGINX_PORT}`,
      url: `http://127.0.0.1:${NGINX_PORT}/en/`,
      reuseExistingServer: !process.env.CI,
      timeout: 30_000,
    },
  ],
});
