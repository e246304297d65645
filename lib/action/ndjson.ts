/** A streamed answer: one JSON object per line (progress, then a result or an error). */
export function ndjson(work: (send: (line: object) => void) => Promise<void>): Response {
  const encoder = new TextEncoder();
  const stream = new ReadableStream({
    async start(controller) {
      await work((line) => controller.enqueue(encoder.encode(`${JSON.stringify(line)}\n`)));
      controller.close();
    },
  });
  return new Response(stream, { headers: { 'content-type': 'application/x-ndjson; charset=utf-8', 'cache-control': 'no-store' } });
}

/** Lets the stream flush a progress line before the next chunk of work. */
export const yieldToStream = () => new Promise((resolve) => setImmediate(resolve));
