import { readPhoto } from '@/lib/projects/photos';

export const dynamic = 'force-dynamic';

/** Photos live under the data directory, never under public/; a random id names each, so they never change. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const photo = readPhoto((await params).id);
  if (!photo) return new Response('Not found', { status: 404, headers: { 'content-type': 'text/plain; charset=utf-8' } });
  return new Response(new Uint8Array(photo), {
    headers: { 'content-type': 'image/webp', 'cache-control': 'public, max-age=31536000, immutable', 'access-control-allow-origin': '*' },
  });
}
