import { Writable } from 'node:stream';
import pino from 'pino';
import { describe, expect, it } from 'vitest';
import { logDestination } from './log';

describe('logs', () => {
  it('are JSON when stdout is not a terminal', () => {
    expect(logDestination(false)).toBeUndefined();
  });

  it('are readable lines at a terminal, and still redact codes', async () => {
    const destination = logDestination(true)!;
    expect(destination).toBeDefined();
    const lines: string[] = [];
    const sink = new Writable({
      write(chunk, _enc, done) {
        lines.push(String(chunk));
        done();
      },
    });
    // The same prettifier options, written to a buffer instead of stdout.
    const pretty = (await import('pino-pretty')).default({ destination: sink, colorize: false, sync: true, ignore: 'pid,hostname,app' });
    pino({ redact: { paths: ['code'], censor: '[redacted]' } }, pretty).info({ code: 'ABCDEFGHJKLM', path: '/vote' }, 'request');
    const out = lines.join('');
    expect(out).toContain('INFO');
    expect(out).toContain('request');
    expect(out).not.toContain('ABCDEFGHJKLM');
    expect(() => JSON.parse(out)).toThrow();
  });
});
