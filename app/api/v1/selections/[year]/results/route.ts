import { csvHeader } from '@/lib/csv-headers';
import { csv, openJson, openText } from '@/lib/open-data';
import { publishedData } from '@/lib/selection/open-data';

export const dynamic = 'force-dynamic';

/** 404 until published; then the ranking and winners, as JSON or (?format=csv) CSV. */
export async function GET(request: Request, { params }: { params: Promise<{ year: string }> }) {
  const data = await publishedData(request, params, 'tally');
  if ('response' in data) return data.response;
  const { selection, result, freshness } = data;
  const candidates = result.tally.candidates.map(({ id, name, unit, position, votes, rank, winner, share }) => ({
    id,
    name,
    unit,
    position,
    votes,
    rank,
    winner,
    share,
  }));
  if (new URL(request.url).searchParams.get('format') === 'csv') {
    return openText(
      csv(
        csvHeader(['year', 'rank', 'id', 'name', 'unit', 'position', 'votes', 'share', 'winner'], new URL(request.url).searchParams.get('lang')),
        candidates.map((c) => [selection.year, c.rank, c.id, c.name, c.unit, c.position, c.votes, c.share.toFixed(4), c.winner ? 1 : 0]),
      ),
      'text/csv; charset=utf-8',
      freshness,
      `results-${selection.year}.csv`,
    );
  }
  return openJson(
    {
      year: selection.year,
      title: selection.title,
      publishedAt: result.publishedAt.toISOString(),
      ballotsCast: result.tally.ballotsCast,
      winners: selection.winners,
      tieAtCutoff: result.tieAtCutoff,
      tieSettlement: result.tieRule ? { rule: result.tieRule, reason: result.tieReason } : null,
      candidates,
      fingerprints: result.fingerprints,
      commendation: result.commendedOn
        ? { date: result.commendedOn, place: result.commendationPlace, notes: result.commendationNotes }
        : null,
    },
    freshness,
  );
}
