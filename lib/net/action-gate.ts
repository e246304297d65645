/**
 * Server-action POSTs checked before Next sees them. Next answers a foreign Origin, or a body it
 * cannot decode, with a 500 and an error in the log; an attacker's junk is not a server error. So a
 * request naming a server action (the Next-Action header) is refused here with a 4xx when its
 * Origin is missing, "null" or another site's, when its body is not a form (multipart, urlencoded)
 * or the JSON text Next sends for plain arguments, or when the body does not parse (a truncated
 * multipart upload), or with 413 when it is longer than a server action may carry. The actions check
 * Origin again themselves (lib/action/core.ts); this only turns what would have been a 500 into the
 * right answer.
 */
export type GateRefusal = { status: 400 | 403 | 413 | 415; reason: 'origin' | 'contentType' | 'body' | 'tooLarge' };

/**
 * The most a server-action body may carry (next.config.js sets the same for Next's own limit and for
 * the proxy's buffer). The proxy buffers no more than this, so a longer body would reach the action cut
 * short and fail as malformed; it is refused as too large instead. A photo (8 MB) fits with its form.
 */
export const ACTION_BODY_LIMIT = 10 * 1024 * 1024;

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
  const contentType = request.headers.get('content-type') ?? '';
  const type = contentType.split(';')[0]!.trim().toLowerCase();
  if (!['multipart/form-data', 'text/plain', 'application/x-www-form-urlencoded'].includes(type))
    return { status: 415, reason: 'contentType' };
  if (Number(request.headers.get('content-length')) > ACTION_BODY_LIMIT) return { status: 413, reason: 'tooLarge' };
  try {
    const body = await request.arrayBuffer();
    // Sent without a length (chunked) and cut at the proxy's buffer: too large, not malformed.
    if (body.byteLength >= ACTION_BODY_LIMIT) return { status: 413, reason: 'tooLarge' };
    if (type === 'multipart/form-data') await new Response(body, { headers: { 'content-type': contentType } }).formData();
    else if (type === 'text/plain') JSON.parse(new TextDecoder().decode(body));
  } catch {
    return { status: 400, reason: 'body' };
  }
  return null;
}
