import base from './vitest.config.mts';

// Mutation testing of group commit (stryker.cast-queue.config.mjs): its own tests, on the unit tests' real database files.
const config = { ...base, test: { ...base.test, include: ['lib/selection/cast-queue.test.ts', 'lib/selection/cast-race.test.ts'] } };
export default config;
