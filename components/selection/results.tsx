import { Link } from '@/lib/i18n/navigation';
import { getFormatter, getLocale, getTranslations } from 'next-intl/server';
import type { Selection } from '@/db/schema';
import { toLocale } from '@/lib/i18n/locales';
import { chartPath } from '@/lib/selection/chart';
import { barChartHeight } from '@/lib/charts/bar';
import { RankingTable } from './ranking-table';
import { LocalText, UntranslatedNote } from '@/components/ui/local-text';
import { csvQuery } from '@/lib/csv-headers';
import { formatDateTime } from '@/lib/selection/dates';
import { archivePath } from '@/lib/election/urls';
import type { getPublishedResult } from '@/lib/selection/results';

type Result = NonNullable<ReturnType<typeof getPublishedResult>>;
type English = Record<number, { unitEn: string | null; positionEn: string | null }>;
export async function Results({ selection, result, english = {} }: { selection: Selection; result: Result; english?: English }) {
  const [t, te, locale, format] = await Promise.all([
    getTranslations('results'),
    getTranslations('election.public'),
    getLocale(),
    getFormatter(),
  ]);
  const { tally, fingerprints } = result;
  const api = `/api/v1/selections/${selection.year}`;
  return (
    <section className="space-y-6" aria-labelledby="results">
      <div className="space-y-1">
        <h2 id="results" className="text-2xl font-bold">
          {t('title')}
        </h2>
        <p>{t('published', { at: formatDateTime(result.publishedAt, locale), ballots: format.number(tally.ballotsCast) })}</p>
        {result.commendedOn && <p>{t('commendation', { date: result.commendedOn, place: result.commendationPlace ?? '' })}</p>}
        {result.commendationNotes && <p>{result.commendationNotes}</p>}
      </div>

      <div>
        <h3 className="text-xl font-bold mb-2">{t('winners')}</h3>
        <ol className="grid gap-2 sm:grid-cols-2" data-testid="winners">
          {tally.candidates
            .filter((c) => c.winner)
            .map((c) => (
              <li key={c.id} className="border-2 border-[var(--color-ok)] p-3">
                <span className="font-bold text-lg">{c.name}</span> · <LocalText zh={c.unit} en={english[c.id]?.unitEn} quiet /> ·{' '}
                <LocalText zh={c.position} en={english[c.id]?.positionEn} quiet />
              </li>
            ))}
        </ol>
        <UntranslatedNote
          english={tally.candidates.filter((c) => c.winner).flatMap((c) => [english[c.id]?.unitEn, english[c.id]?.positionEn])}
        />
        {tally.tieAtCutoff && (
          <p className="notice-info mt-2">
            {result.tieRule ? t('tieSettled', { rule: result.tieRule, reason: result.tieReason ?? '' }) : t('tieAsIs')}
          </p>
        )}
      </div>

      <RankingTable tally={tally} caption={t('rankingCaption')} english={english} />

      {/* The chart is a file of its own: drawn into the page, it came twice (in the HTML and in the
          data React reads it from), a fifth of the page. It draws its own title; the table above
          says every figure in it. */}
      <div className="chart">
        {/* An SVG drawn to size: next/image has nothing to optimize in it. */}
        {/* eslint-disable-next-line @next/next/no-img-element */}
        <img
          src={chartPath(selection, result, toLocale(locale))}
          alt={t('chartTitle', { year: selection.year })}
          width={720}
          height={barChartHeight(tally.candidates.length)}
        />
      </div>

      <div className="space-y-2 no-print">
        <h3 className="text-xl font-bold">{t('checkTitle')}</h3>
        <p>{t('checkIntro')}</p>
        <ul className="list-disc pl-6 space-y-1 break-all">
          <li>
            <a href={`${api}/results?${csvQuery(locale)}`}>{t('downloadCsv')}</a> · <a href={`${api}/results`}>JSON</a>
          </li>
          <li>
            <a href={`${api}/tally`}>{t('tallyFile')}</a> — SHA-256 <code>{fingerprints.tally}</code>
          </li>
          {selection.mode === 'encrypted' ? (
            <li>
              <a href={archivePath(selection.year)} data-testid="archive-link">
                {te('archiveFile')}
              </a>{' '}
              — SHA-256 <code data-testid="ballots-fingerprint">{fingerprints.ballots}</code>
            </li>
          ) : (
            <>
              <li>
                <a href={`${api}/ballots`}>{t('ballotsFile')}</a> — SHA-256{' '}
                <code data-testid="ballots-fingerprint">{fingerprints.ballots}</code>
              </li>
              <li>
                <a href={`${api}/receipts`}>{t('receiptsFile')}</a> — SHA-256 <code>{fingerprints.receipts}</code>
              </li>
            </>
          )}
        </ul>
        <p className="flex flex-wrap gap-3">
          {/* An encrypted selection's receipt is a tracker: it is checked against the ballot box, not the plain receipts. */}
          <Link
            href={selection.mode === 'encrypted' ? `/selections/${selection.year}/ballots#q` : `/selections/${selection.year}/verify`}
            className="btn-secondary"
          >
            {t('verifyLink')}
          </Link>
          <Link href={`/selections/${selection.year}/recount`} className="btn-secondary">
            {t('recountLink')}
          </Link>
        </p>
      </div>
    </section>
  );
}
