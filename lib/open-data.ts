/** Open data responses: CORS open, cacheable with an ETag once published, never cached before. */
export { csv } from './csv';

const cors = { 'access-control-allow-origin': '*', 'access-control-expose-headers': 'etag' };

export type Freshness = { published: true; etag: string } | { published: false };

function cacheHeaders(freshness: Freshness): Record<string, string> {
  return freshness.published
    ? { ...cors, etag: `"${freshness.etag}"`, 'cache-control': 'public, max-age=300, must-revalidate' }
    : { ...cors, 'cache-control': 'no-store' };
}

export function notModified(request: Request, freshness: Freshness): Response | null {
  if (!freshness.published) return null;
  return request.headers.get('if-none-match') === `"${freshness.etag}"`
    ? new Response(null, { status: 304, headers: cacheHeaders(freshness) })
    : null;
}

export function openJson(data: unknown, freshness: Freshness, status = 200) {
  return Response.json(data, { status, headers: cacheHeaders(freshness) });
}

export function openText(body: BodyInit, contentType: string, freshness: Freshness, filename?: string) {
  return new Response(body, {
    headers: {
      ...cacheHeaders(freshness),
      'content-type': contentType,
      ...(filename ? { 'content-disposition': `attachment; filename="${filename}"` } : {}),
    },
  });
}

export const notFound = (message: string) =>
  Response.json({ error: 'notFound', message }, { status: 404, headers: { ...cors, 'cache-control': 'no-store' } });

/** Streams lines from a generator without holding them all in memory. */
export function streamLines(lines: Iterable<string>, chunk = 2000): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  const iterator = lines[Symbol.iterator]();
  return new ReadableStream({
    pull(controller) {
      let text = '';
      for (let i = 0; i < chunk; i++) {
        const next = iterator.next();
        if (next.done) {
          if (text) controller.enqueue(encoder.encode(text));
          controller.close();
          return;
        }
        text += `${next.value}\n`;
      }
      controller.enqueue(encoder.encode(text));
    },
    cancel() {
      iterator.return?.();
    },
  });
}
