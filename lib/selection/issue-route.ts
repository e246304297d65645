import 'server-only';
import { errorCode, routeAction } from '@/lib/action/route';
import { issueCommand } from './issue-command';

/** POST /api/staff/selections/{id}/codes: streams NDJSON progress; the plain codes appear once, in the last line. */
export const postIssueCodes = routeAction(issueCommand, {
  body: 'json',
  params: ({ id }) => ({ selectionId: id }),
  respond: (result, say) => {
    if (result.ok) return result.data!;
    const code = errorCode(result.message);
    const known = ['origin', 'forbidden', 'outOfScope'].includes(code) ? code : code === 'signedOut' ? 'forbidden' : 'invalid';
    return Response.json({ type: 'error', message: say(`staff.codes.errors.${known}`) }, { status: known === 'invalid' ? 422 : 403 });
  },
});
