import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const root = path.dirname(fileURLToPath(import.meta.url));

// Mutation testing (stryker.config.mjs) runs only the pure modules' own unit tests: fast, no database.
export default defineConfig({
  resolve: { alias: { '@': root, 'server-only': path.resolve(root, 'tests/unit/empty.ts') } },
  test: {
    include: ['lib/selection/tally.test.ts', 'lib/requests/deadlines.test.ts', 'lib/calendar/working-days.test.ts'],
  },
});
