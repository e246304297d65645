import { getHealth } from '@/lib/health';

export const dynamic = 'force-dynamic';

export function GET() {
  try {
    const health = getHealth();
    return Response.json(health, { status: health.ok ? 200 : 503, headers: { 'cache-control': 'no-store' } });
  } catch {
    return Response.json({ ok: false, database: { ok: false } }, { status: 503, headers: { 'cache-control': 'no-store' } });
  }
}
