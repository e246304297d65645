import { z } from 'zod';

/**
 * What people type, made plain: full-width letters and digits from a Chinese input method (ＡＢＣ１２３)
 * become ASCII, and surrounding spaces go. Safe in the browser.
 */
export function plainTyped(input: string): string {
  return input.normalize('NFKC').trim();
}

/** Separators people put inside codes and numbers: spaces, dashes of every width, underscores, dots. */
export const TYPED_SEPARATORS = /[\s\-‐‑‒–—―_·.．。]/g;

/** A whole number from min to max as people write it: "1,000", "1 000", "１０００". */
export function wholeNumber(min: number, max: number, tooBig = 'field.tooBig') {
  return z.preprocess(
    (v) => (typeof v === 'string' ? plainTyped(v).replace(/[\s,，_']/g, '') : v),
    z.coerce.number('field.number').int('field.number').min(min, 'field.number').max(max, tooBig),
  );
}

/** A request's tracking number typed as 2026-000123, 2026000123, 2026 123 or ２０２６－１２３. */
export function normalizeTrackingNumber(input: string): string | null {
  const match = /^(\d{4})\D*(\d{1,6})$/.exec(plainTyped(input));
  return match ? `${match[1]}-${match[2]!.padStart(6, '0')}` : null;
}
