import { defineConfig, devices } from '@playwright/test';
import { E2E_CLOCK, E2E_DB, E2E_PORT, E2E_SECRET } from './tests/e2e/env';

const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];
const launchOptions = { executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: chromiumArgs };

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: false,
  workers: 2,
  retries: 0,
  timeout: 60_000,
  // Browser tests share two cores with builds and other suites: a step that takes seconds is slow, not wrong.
  expect: { timeout: 15_000 },
  reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never' }]],
  use: {
    baseURL: `http://localhost:${E2E_PORT}`,
    locale: 'zh-CN',
    trace: 'retain-on-failure',
  },
  projects: [
    { name: 'phone', use: { ...devices['Pixel 7'], launchOptions }, testMatch: /public|ballot/ },
    { name: 'desktop', use: { ...devices['Desktop Chrome'], launchOptions }, testIgnore: /clock/ },
    // Moves the server's clock, so it runs alone, after everything else.
    { name: 'clock', use: { ...devices['Desktop Chrome'], launchOptions }, testMatch: /clock/, dependencies: ['phone', 'desktop'] },
  ],
  webServer: {
    // The real start command on a fresh database: migrate, seed, build if needed, serve.
    command: `rm -rf ${E2E_DB.replace(/\/[^/]+$/, '')} && node node_modules/tsx/dist/cli.mjs scripts/start.ts`,
    url: `http://localhost:${E2E_PORT}/api/health`,
    // Ready once the start script has warmed the page cache, not merely listening.
    wait: { stdout: /Minping is running/ },
    timeout: 900_000, // a cold build on a busy 2-core machine can take several minutes
    reuseExistingServer: false,
    stdout: 'pipe',
    env: {
      DATABASE_URL: `file:${E2E_DB}`,
      PORT: String(E2E_PORT),
      AUTH_SECRET: E2E_SECRET,
      NEXT_TELEMETRY_DISABLED: '1',
      MINPING_TEST_CLOCK_FILE: E2E_CLOCK,
      // Two worker processes by default, as on a two-core server; WEB_CONCURRENCY=1 tests one.
      WEB_CONCURRENCY: process.env.WEB_CONCURRENCY ?? '2',
      // One log line per request would bury the test report.
      LOG_LEVEL: 'warn',
      // As behind one reverse proxy: each test claims an address of its own with X-Forwarded-For.
      // tests/e2e/pipeline.spec.ts runs a second server with the default 0.
      TRUST_PROXY_HOPS: '1',
      // Many specs vote in this year's selection with plain codes (issueTestCodes); encrypted ones make their own.
      DEMO_VOTE_MODE: 'plain',
    },
  },
});
