import { defineConfig, globalIgnores } from 'eslint/config';
import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  globalIgnores([
    '.next/**',
    'node_modules/**',
    'data/**',
    'db/migrations/**',
    'test-results/**',
    'playwright-report/**',
    '.stryker-tmp/**',
    'reports/**',
    'next-env.d.ts',
  ]),
  {
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
      '@typescript-eslint/no-explicit-any': 'error',
      // Page links go through next-intl's Link (lib/i18n/navigation); plain <a> is kept for API
      // files and downloads. The rule cannot tell them apart: the 404 catch-all route
      // (app/[locale]/[display]/[...rest]) matches every address, so it flags every <a>.
      '@next/next/no-html-link-for-pages': 'off',
      'no-restricted-imports': ['error', { paths: [{ name: 'next/link', message: "Use Link from '@/lib/i18n/navigation'." }] }],
    },
  },
  // Loaded by Next with require(), outside its bundler (next.config.js, the cache handler, the worker).
  {
    files: ['next.config.js', 'lib/cache/*.js', 'lib/csp.js', 'lib/net/*.js', 'scripts/*.js', 'tests/unit/cluster/*.js'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
]);
