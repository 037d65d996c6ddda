// The unit tests as Stryker runs them: those of `vitest.config.ts` less the checks of the build in dist/,
// which Stryker's sandbox does not have and no mutant of the pure core can change.
import { defineConfig, mergeConfig } from 'vitest/config';
import base from './vitest.config';

export default mergeConfig(base, defineConfig({ test: { exclude: ['src/shared/manifest.test.ts', 'scripts/**', 'node_modules/**'] } }));
