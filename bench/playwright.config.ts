import { defineConfig } from '@playwright/test';

// `npm run bench`: one spec per figure in figures/ (each launches its own browsers, extension on and off); setup.ts
// waits for a quiet machine, teardown.ts gathers every figure into bench/results.json. profile.spec.ts and
// flag.spec.ts are investigations, run by name (`npm run bench:profile`, `bench:flag`).
export default defineConfig({
  testDir: '.',
  testMatch: '**/*.spec.ts',
  workers: 1,
  timeout: 0,
  reporter: 'list',
  outputDir: '../test-results/bench',
  globalSetup: './setup.ts',
  globalTeardown: './teardown.ts',
});
