// @ts-check
/**
 * Mutation testing of group commit, which decides when a voter is told a ballot is saved:
 * `npm run test:mutation:cast-queue` (about 7 minutes here). Reports land in reports/mutation/ (not committed).
 * The survivors left (2026-12-02) change nothing a caller sees: the in-memory database's shortcut, the
 * bookkeeping of which fsync runs, the empty batch, SQLite's own wait on the last try and the
 * patience's last millisecond (87%, 75 killed, 11 survived).
 * @type {import('@stryker-mutator/api/core').PartialStrykerOptions}
 */
const config = {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.cast-queue.config.mts' },
  mutate: ['lib/selection/cast-queue.ts'],
  mutator: { excludedMutations: ['StringLiteral'] },
  coverageAnalysis: 'perTest',
  concurrency: 2,
  timeoutMS: 30000,
  reporters: ['clear-text', 'progress', 'json'],
  jsonReporter: { fileName: 'reports/mutation/cast-queue.json' },
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always',
};

export default config;
