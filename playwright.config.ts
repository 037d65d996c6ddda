import { defineConfig } from '@playwright/test';

// One Chromium at a time: each test launches its own persistent context with the extension loaded.
export default defineConfig({
  testDir: 'e2e',
  testMatch: '**/*.spec.ts',
  workers: 1,
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
