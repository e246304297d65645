import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const root = path.dirname(fileURLToPath(import.meta.url));

export default defineConfig({
  resolve: {
    alias: {
      '@': root,
      'server-only': path.resolve(root, 'tests/unit/empty.ts'),
    },
  },
  test: {
    include: ['lib/**/*.test.ts', 'db/**/*.test.ts', 'tests/unit/**/*.test.ts'],
    globalSetup: ['tests/unit/global-setup.ts'],
    setupFiles: ['tests/unit/worker-db.ts'],
    testTimeout: 20000,
  },
});
