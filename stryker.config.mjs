// npm run test:mutation — mutation testing of the Belenios proof, tally and verification code.
// Not part of `npm test` (it takes tens of minutes on this machine).
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
const config = {
  testRunner: 'vitest',
  plugins: ['@stryker-mutator/vitest-runner'],
  vitest: { configFile: 'vitest.belenios.config.mts' },
  mutate: [
    'lib/belenios/zkp.ts',
    'lib/belenios/ballot-check.ts',
    'lib/belenios/tally.ts',
    'lib/belenios/verify.ts',
    'lib/belenios/verify-setup.ts',
    'lib/belenios/trustee-pedersen.ts',
  ],
  // Messages are not behaviour; module-level constants would force a full reload per mutant.
  mutator: { excludedMutations: ['StringLiteral'] },
  ignoreStatic: true,
  coverageAnalysis: 'perTest',
  concurrency: Number(process.env.STRYKER_CONCURRENCY ?? 2),
  timeoutMS: 60000,
  reporters: ['clear-text', 'progress', 'json'],
  jsonReporter: { fileName: 'reports/mutation/belenios.json' },
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always',
};

export default config;
