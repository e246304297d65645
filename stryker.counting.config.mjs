// @ts-check
/**
 * Mutation testing of the pure counting and calendar logic: `npm run test:mutation:counting`. A surviving mutant is
 * a change to the code that no test notices. Reports land in reports/mutation/ (not committed).
 * @type {import('@stryker-mutator/api/core').PartialStrykerOptions}
 */
const config = {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.stryker.config.mts' },
  mutate: ['lib/selection/tally.ts', 'lib/requests/deadlines.ts', 'lib/calendar/working-days.ts'],
  coverageAnalysis: 'perTest',
  concurrency: 1,
  reporters: ['clear-text', 'progress', 'html', 'json'],
  thresholds: { high: 90, low: 80, break: 75 },
  tempDirName: '.stryker-tmp',
};

export default config;
