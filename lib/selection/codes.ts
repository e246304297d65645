import { createHash, randomInt } from 'node:crypto';
import { plainTyped, TYPED_SEPARATORS } from '@/lib/typed';

// No 0/O or 1/I: a code read off a paper slip is typed without guessing.
export const CODE_ALPHABET = '23456789ABCDEFGHJKLMNPQRSTUVWXYZ';
/** 12 characters of 32 = 60 bits: not guessable, and wrong guesses are rate limited. */
export const CODE_LENGTH = 12;
export const TRACKING_LENGTH = 12;

function randomString(length: number): string {
  let out = '';
  for (let i = 0; i < length; i++) out += CODE_ALPHABET[randomInt(CODE_ALPHABET.length)];
  return out;
}

export const generateCode = () => randomString(CODE_LENGTH);
export const generateTrackingCode = () => randomString(TRACKING_LENGTH);

/** Accepts what people type: lower case, full width, spaces, dashes, dots. Returns null when it cannot be a code. */
export function normalizeCode(input: string, length = CODE_LENGTH): string | null {
  const code = plainTyped(input).toUpperCase().replace(TYPED_SEPARATORS, '');
  if (code.length !== length) return null;
  for (const c of code) if (!CODE_ALPHABET.includes(c)) return null;
  return code;
}

export { formatCode } from './codes-format';

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

export const hashBallotCode = (year: number, code: string) => sha256(`minping:ballot-code:${year}:${code}`);
export const hashReceipt = (year: number, trackingCode: string) => sha256(`minping:receipt:${year}:${trackingCode}`);
