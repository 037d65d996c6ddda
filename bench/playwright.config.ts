import { defineConfig } from '@playwright/test';

// `npm run bench`: one long "test" that launches its own browsers (extension on and off) and writes bench/results.json.
export default defineConfig({
  testDir: '.',
  testMatch: '*.spec.ts',
  workers: 1,
  timeout: 0,
  reporter: 'list',
  outputDir: '../test-results/bench',
});
