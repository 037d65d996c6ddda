import { defineConfig } from '@playwright/test';

// Two Chromiums at a time, one per core (each test launches its own persistent context with the extension loaded): CI's
// time had passed 20 minutes with one. PW_WORKERS=1 when several runs share the machine.
export default defineConfig({
  testDir: 'e2e',
  testMatch: '**/*.spec.ts',
  workers: Number(process.env.PW_WORKERS ?? 2),
  fullyParallel: false,
  // None in CI either: a test that needs a retry is flaky, and a flaky test is a bug to find.
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: 'list',
  // Override when several runs share one checkout: Playwright empties its outputDir when a run starts.
  outputDir: process.env.PW_OUTPUT_DIR ?? 'test-results',
  use: { trace: 'retain-on-failure', screenshot: 'only-on-failure' },
});
