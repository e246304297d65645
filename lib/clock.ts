import fs from 'node:fs';
import { env } from '@/lib/env';

/**
 * The time as the domain sees it. Browser tests point MINPING_TEST_CLOCK_FILE at a file holding an
 * ISO time, so they can open and close voting without waiting; production never sets it.
 */
export function now(): Date {
  const file = env().MINPING_TEST_CLOCK_FILE;
  if (file) {
    try {
      const text = fs.readFileSync(file, 'utf8').trim();
      const fixed = new Date(text);
      if (text && !Number.isNaN(fixed.getTime())) return fixed;
    } catch {
      /* no file: real time */
    }
  }
  return new Date();
}
