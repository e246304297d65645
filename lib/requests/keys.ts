import { createHash, randomInt, timingSafeEqual } from 'node:crypto';
import { CODE_ALPHABET, normalizeCode } from '@/lib/selection/codes';

/**
 * The confirmation key handed to a resident with the tracking number. The number is public and
 * sequential; the key (10 of 32 characters, 50 bits, wrong tries rate limited) proves the holder
 * filed the request. Only its hash is stored.
 */
export const KEY_LENGTH = 10;

export function generateKey(): string {
  let out = '';
  for (let i = 0; i < KEY_LENGTH; i++) out += CODE_ALPHABET[randomInt(CODE_ALPHABET.length)];
  return out;
}

export const normalizeKey = (input: string) => normalizeCode(input, KEY_LENGTH);

export const hashKey = (number: string, key: string) => createHash('sha256').update(`minping:request-key:${number}:${key}`).digest('hex');

export function keyMatches(number: string, typed: string, storedHash: string | null): boolean {
  const key = normalizeKey(typed);
  if (!key || !storedHash) return false;
  const a = Buffer.from(hashKey(number, key), 'hex');
  const b = Buffer.from(storedHash, 'hex');
  return a.length === b.length && timingSafeEqual(a, b);
}

/** Tracking numbers: the district year and a sequence, e.g. 2026-000123. */
export const NUMBER_PATTERN = /^\d{4}-\d{6}$/;

export function nextNumber(year: string, latest: string | undefined): string {
  const seq = latest ? Number(latest.slice(5)) + 1 : 1;
  return `${year}-${String(seq).padStart(6, '0')}`;
}
