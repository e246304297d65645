import 'server-only';
import { routeAction } from '@/lib/action/route';
import { computeStreamCommand } from './compute-command';

/** POST /api/staff/assessment/{id}/compute: streams NDJSON progress (sources read, scoring, writing), then the result. */
export const postCompute = routeAction(computeStreamCommand, {
  body: 'none',
  params: ({ id }) => ({ cycleId: id }),
  respond: (result, say) => {
    if (result.ok) return result.data!;
    // A malformed cycle id is simply a cycle that does not exist.
    const key =
      result.message === 'errors.invalid' ? 'errors.notFound' : result.message === 'errors.signedOut' ? 'errors.forbidden' : result.message;
    return Response.json({ type: 'error', message: say(key) }, { status: key === 'errors.notFound' ? 404 : 403 });
  },
});
