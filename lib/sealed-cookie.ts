import crypto from 'node:crypto';

// A cookie value only this server can have written: base64url JSON, a dot, and an HMAC of it. Used
// where a cookie carries something the server once checked (a ballot code that passed the
// rate-limited code step), so a hand-made cookie cannot skip that check.
const mac = (body: string, secret: string) => crypto.createHmac('sha256', `minping-cookie:${secret}`).update(body).digest('base64url');

export function seal(value: unknown, secret: string): string {
  const body = Buffer.from(JSON.stringify(value)).toString('base64url');
  return `${body}.${mac(body, secret)}`;
}

/** The value, or null when the cookie is missing, malformed or not sealed with this secret. */
export function unseal(raw: string | undefined, secret: string): unknown {
  const dot = raw?.lastIndexOf('.') ?? -1;
  if (!raw || dot < 0) return null;
  const body = raw.slice(0, dot);
  const given = Buffer.from(raw.slice(dot + 1));
  const expected = Buffer.from(mac(body, secret));
  if (given.length !== expected.length || !crypto.timingSafeEqual(given, expected)) return null;
  try {
    return JSON.parse(Buffer.from(body, 'base64url').toString('utf8'));
  } catch {
    return null;
  }
}

export function cookieSecret(): string {
  const secret = process.env.AUTH_SECRET;
  if (!secret) throw new Error('AUTH_SECRET is not set');
  return secret;
}
