import 'server-only';
import { getTranslations } from 'next-intl/server';
import { notFound, notModified } from '@/lib/open-data';
import { now } from '@/lib/clock';
import { getSelectionByYear, getTurnout, listCandidates, listCriteria, listSelections } from './queries';
import { getPublishedResult, type Fingerprints } from './results';
import { effectiveStage } from './stages';

/** A selection by the year in the URL, or a 404 response; drafts do not exist publicly. */
export async function publicSelection(params: Promise<{ year: string }>) {
  const { year } = await params;
  const selection = /^\d{4}$/.test(year) ? getSelectionByYear(Number(year)) : undefined;
  if (!selection || selection.stage === 'draft') return { response: notFound((await getTranslations('api'))('noSelection')) };
  return { selection, result: getPublishedResult(selection.id) };
}

export function selectionIndex() {
  const at = now();
  return listSelections()
    .filter((s) => s.stage !== 'draft')
    .map((s) => {
      const base = `/api/v1/selections/${s.year}`;
      const published = Boolean(getPublishedResult(s.id));
      return {
        year: s.year,
        title: s.title,
        stage: effectiveStage(s, at),
        links: {
          self: base,
          page: `/selections/${s.year}`,
          ...(published
            ? { results: `${base}/results`, ballots: `${base}/ballots`, receipts: `${base}/receipts`, tally: `${base}/tally` }
            : {}),
        },
      };
    });
}

/** Before publication this holds turnout only: no per-candidate count is in it. */
export function selectionDetail(selectionId: number) {
  const s = listSelections().find((x) => x.id === selectionId)!;
  const turnout = getTurnout(s.id);
  return {
    year: s.year,
    title: s.title,
    rules: s.rules,
    stage: effectiveStage(s, now()),
    maxChoices: s.maxChoices,
    winners: s.winners,
    votingOpensAt: s.votingOpensAt.toISOString(),
    votingClosesAt: s.votingClosesAt.toISOString(),
    criteria: listCriteria(s.id, ['adopted']).map((c) => c.text),
    candidates: listCandidates(s.id).map(({ id, name, unit, position }) => ({ id, name, unit, position })),
    turnout: {
      ballotsCast: s.ballotsCast,
      households: turnout.households,
      communities: turnout.communities.map(({ community, ballots, households }) => ({ community, ballots, households })),
      // Every other community is accounted for: folded under 20 ballots (together), or not taking part.
      folded: turnout.folded,
      notTakingPart: turnout.notTakingPart,
    },
  };
}

/**
 * The shared start of every published-data route: the selection, 404 until published, and a 304
 * when the client already holds this version (the ETag is the file's published fingerprint).
 */
export async function publishedData(request: Request, params: Promise<{ year: string }>, file: keyof Fingerprints) {
  const found = await publicSelection(params);
  if ('response' in found) return { response: found.response };
  const { selection, result } = found;
  if (!result) return { response: notFound((await getTranslations('api'))('notPublished')) };
  const freshness = { published: true as const, etag: result.fingerprints[file] };
  const unchanged = notModified(request, freshness);
  if (unchanged) return { response: unchanged };
  return { selection, result, freshness };
}
