/**
 * Server-action POSTs checked before Next sees them. Next answers a foreign Origin, or a body it
 * cannot decode, with a 500 and an error in the log; an attacker's junk is not a server error. So a
 * request naming a server action (the Next-Action header) is refused here with a 4xx when its
 * Origin is missing, "null" or another site's, when its body is not a form (multipart, urlencoded)
 * or the JSON text Next sends for plain arguments, or when the body does not parse (a truncated
 * multipart upload). The actions check Origin again themselves (lib/action/core.ts); this only
 * turns what would have been a 500 into the right answer.
 */
export type GateRefusal = { status: 400 | 403 | 415; reason: 'origin' | 'contentType' | 'body' };

export const isActionRequest = (request: Request) => request.method === 'POST' && request.headers.has('next-action');

function sameOrigin(h: Headers): boolean {
  const origin = h.get('origin');
  const host = h.get('x-forwarded-host') ?? h.get('host');
  if (!origin || origin === 'null' || !host) return false;
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}

export async function checkActionRequest(request: Request): Promise<GateRefusal | null> {
  if (!sameOrigin(request.headers)) return { status: 403, reason: 'origin' };
  const type = (request.headers.get('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
  try {
    if (type === 'multipart/form-data') await request.formData();
    else if (type === 'text/plain') JSON.parse(await request.text());
    else if (type !== 'application/x-www-form-urlencoded') return { status: 415, reason: 'contentType' };
  } catch {
    return { status: 400, reason: 'body' };
  }
  return null;
}
