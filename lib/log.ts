import pino, { type DestinationStream } from 'pino';
import pretty from 'pino-pretty';
import { env } from '@/lib/env';

const options: pino.LoggerOptions = {
  level: env().LOG_LEVEL ?? (env().NODE_ENV === 'test' ? 'silent' : 'info'),
  base: { app: 'minping' },
  redact: { paths: ['password', 'code', 'trackingCode', 'candidates', 'choices', '*.password', '*.code'], censor: '[redacted]' },
};

/**
 * A person at a terminal reads lines; a log collector reads JSON. Pretty printing runs in this
 * process (no worker thread), so it works inside `next start` too.
 */
export function logDestination(tty = Boolean(process.stdout.isTTY)): DestinationStream | undefined {
  return tty ? pretty({ colorize: true, sync: true, translateTime: 'SYS:HH:MM:ss', ignore: 'pid,hostname,app' }) : undefined;
}

/**
 * Structured logs on stdout: JSON lines, or readable lines when stdout is a terminal. Never log
 * personal data, ballot codes, tracking codes, choices, passwords or query strings: paths and ids only.
 */
export const log = (() => {
  const destination = logDestination();
  return destination ? pino(options, destination) : pino(options);
})();
