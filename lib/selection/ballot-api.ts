import 'server-only';
import { getTranslations } from 'next-intl/server';
import { db } from '@/db';
import { originMatches } from '@/lib/action';
import { clientIp } from '@/lib/auth/rate-limit';
import { now } from '@/lib/clock';
import { codeRefusals, type CastRefusal } from './cast';
import { castQueued } from './cast-queue';
import { codeGuard } from './guard';
import { ballotSchema } from './schemas';
import { log } from '@/lib/log';

type ApiError = CastRefusal | 'origin' | 'rateLimited' | 'invalidJson' | 'invalid' | 'retry';

const status: Record<ApiError, number> = {
  origin: 403,
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
  retry: 503,
};

const noStore = { 'cache-control': 'no-store' };

async function refuse(error: ApiError) {
  const t = await getTranslations('vote.refusals');
  return Response.json({ error, message: t(error) }, { status: status[error], headers: noStore });
}

/**
 * POST /api/v1/ballots for kiosks and mini-programs: the same domain function as the web ballot.
 * Browsers always send Origin on a cross-site POST, so a foreign one is refused; native clients send none.
 */
export async function postBallot(request: Request): Promise<Response> {
  if (!(await originMatches(request.headers, { allowMissing: true }))) return refuse('origin');
  const ip = clientIp(request.headers);
  if (await codeGuard.blocked(ip)) return refuse('rateLimited');
  let body: unknown;
  try {
    body = await request.json();
  } catch {
    return refuse('invalidJson');
  }
  const parsed = ballotSchema.safeParse(body);
  if (!parsed.success) return refuse('invalid');
  let result;
  try {
    result = await castQueued(db(), { year: parsed.data.selection, code: parsed.data.code, candidateIds: parsed.data.candidates }, now());
  } catch (error) {
    log.error({ area: 'api ballots', error: error instanceof Error ? error.message : error }, 'cast failed');
    return refuse('retry');
  }
  if (!result.ok) {
    if (codeRefusals.includes(result.reason)) await codeGuard.fail(ip);
    return refuse(result.reason);
  }
  return Response.json({ trackingCode: result.trackingCode }, { status: 201, headers: noStore });
}
