import { defineConfig } from '@playwright/test';

// Two Chromiums at a time, one per core (each test launches its own persistent context with the extension loaded): CI's
// time had passed 20 minutes with one. PW_WORKERS=1 when several runs share the machine.
export default defineConfig({
  testDir: 'e2e',
  testMatch: '**/*.spec.ts',
  workers: Number(process.env.PW_WORKERS ?? 2),
  // Tests, not files, are shared out: every test has its own browser profile, and renew.spec alone runs ~6 minutes.
  fullyParallel: true,
  // None in CI either: a test that needs a retry is flaky, and a flaky test is a bug to find.
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: 'list',
  // Override when several runs share one checkout: Playwright empties its outputDir when a run starts.
  outputDir: process.env.PW_OUTPUT_DIR ?? 'test-results',
  // No trace in CI: recording every action's DOM snapshot of the Arco stand-in cost more than a tenth of the run, and
  // CI keeps no artifacts; locally a failure keeps its trace.
  use: { trace: process.env.CI ? 'off' : 'retain-on-failure', screenshot: 'only-on-failure' },
});
