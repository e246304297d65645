import 'server-only';
import { routeAction } from '@/lib/action';
import { errorCode } from '@/lib/action/route';
import { commands } from './vote-commands';

const status: Record<string, number> = {
  origin: 403,
  kioskKey: 401,
  rateLimited: 429,
  invalidJson: 400,
  invalid: 422,
  noSelection: 404,
  notOpen: 403,
  closed: 403,
  unknownCode: 403,
  usedCode: 409,
  revokedCode: 410,
  tooFew: 422,
  tooMany: 422,
  duplicate: 422,
  notCandidate: 422,
  badBallot: 422,
  retry: 503,
  unexpected: 503,
};

const noStore = { 'cache-control': 'no-store' };

/**
 * POST /api/v1/ballots for kiosks and mini-programs: the same domain function as the web ballot.
 * Browsers always send Origin on a cross-site POST, so a foreign one is refused; native clients send
 * none. A kiosk sends its key (`Authorization: Bearer …`) and has its own wrong-code budget.
 */
export const postBallot = routeAction(commands.castOverApi, {
  body: 'json',
  origin: 'same-or-none',
  kiosks: true,
  respond: (result, say) => {
    if (result.ok) return Response.json({ trackingCode: result.data!.trackingCode }, { status: 201, headers: noStore });
    const error = errorCode(result.message);
    // The pipeline's generic refusals are said in the vote's own words.
    const message = say(
      result.message.startsWith('errors.') ? `vote.refusals.${error === 'unexpected' ? 'retry' : error}` : result.message,
    );
    return Response.json({ error: error === 'unexpected' ? 'retry' : error, message }, { status: status[error] ?? 400, headers: noStore });
  },
});
