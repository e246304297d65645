import { defineConfig, mergeConfig } from 'vitest/config';
import base from './vitest.config.mts';

// Mutation testing (stryker.config.mjs) runs only the pure modules' own unit tests: fast, no database.
export default mergeConfig(
  base,
  defineConfig({
    test: {
      include: ['lib/selection/tally.test.ts', 'lib/requests/deadlines.test.ts', 'lib/calendar/working-days.test.ts'],
    },
  }),
);
