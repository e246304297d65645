export const dynamic = 'force-dynamic';

/** The cheapest answer the server can give: the baseline that benchmarks compare real routes against. */
export function GET() {
  return Response.json({ ok: true }, { headers: { 'cache-control': 'no-store' } });
}
