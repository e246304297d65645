// The Belenios unit tests alone, for mutation testing (npm run test:mutation): no database setup,
// and without the interop and worker tests, which spawn processes and threads Stryker cannot see into.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['lib/belenios/**/*.test.ts'],
    exclude: ['lib/belenios/interop.test.ts', 'lib/belenios/node/**'],
    testTimeout: 120000,
  },
});
