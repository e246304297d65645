import pino from 'pino';
import { env } from '@/lib/env';

/**
 * Structured logs (JSON lines on stdout). Never log personal data, ballot codes, tracking codes,
 * choices, passwords or query strings: paths and ids only.
 */
export const log = pino({
  level: env().LOG_LEVEL ?? (env().NODE_ENV === 'test' ? 'silent' : 'info'),
  base: { app: 'minping' },
  redact: { paths: ['password', 'code', 'trackingCode', 'candidates', 'choices', '*.password', '*.code'], censor: '[redacted]' },
});
