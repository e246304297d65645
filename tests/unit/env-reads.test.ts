import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/** Configuration is read in one place (lib/env.ts, zod-validated); the app's code asks it, never process.env. */
const allowed: Record<string, RegExp> = {
  'lib/env.ts': /process\.env/,
  // A build-time constant Next inlines, not configuration.
  'instrumentation.ts': /process\.env\.NEXT_RUNTIME/,
};

function sources(entry: string): string[] {
  if (!fs.existsSync(entry)) return [];
  if (fs.statSync(entry).isFile()) return [entry];
  return fs.readdirSync(entry, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(entry, e.name);
    return e.isDirectory() ? sources(p) : /\.tsx?$/.test(e.name) && !e.name.endsWith('.test.ts') ? [p] : [];
  });
}

describe('environment variables', () => {
  it('are read only through lib/env.ts', () => {
    const offenders = ['app', 'lib', 'components', 'db', 'proxy.ts', 'instrumentation.ts']
      .flatMap(sources)
      .flatMap((file) =>
        fs
          .readFileSync(file, 'utf8')
          .split('\n')
          .map((line, i) => ({ file, line: i + 1, text: line }))
          .filter(({ text }) => /process\.env/.test(text) && !(allowed[file]?.test(text) ?? false)),
      )
      .map(({ file, line, text }) => `${file}:${line} ${text.trim()}`);
    expect(offenders).toEqual([]);
  });
});
