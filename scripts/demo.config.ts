import { defineConfig } from '@playwright/test';

// `npm run demo`: the built extension on the Seller Center stand-in. With a display, a real window you can
// watch (and keep using after the walk-through); without one, headless, with a screenshot of every step.
// store.spec.ts writes the store listing's images into store/ in the same run.
if (process.env.DISPLAY && !process.env.HEADLESS) process.env.HEADED = '1';

export default defineConfig({
  testDir: '.',
  testMatch: ['demo.spec.ts', 'store.spec.ts'],
  workers: 1,
  timeout: process.env.HEADED ? 0 : 120_000,
  expect: { timeout: 15_000 },
  reporter: 'list',
  outputDir: '../test-results/demo',
  use: { launchOptions: { slowMo: process.env.HEADED ? 400 : 0 } },
});
