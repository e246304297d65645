import { Link } from '@/lib/i18n/navigation';
import { getLocale, getTranslations } from 'next-intl/server';
import { CodeForm } from '@/components/vote/code-form';
import { LocalText } from '@/components/ui/local-text';
import { DeviceVote } from '@/components/vote/device-vote';
import { deviceBallot } from '@/lib/election/voter-page';
import { now } from '@/lib/clock';
import { formatDateTime } from '@/lib/selection/dates';
import { getCurrentSelection, getSelectionByYear } from '@/lib/selection/queries';
import { votingState } from '@/lib/selection/stages';

export async function generateMetadata() {
  return { title: (await getTranslations('vote'))('title') };
}

export default async function VotePage({ searchParams }: { searchParams: Promise<{ code?: string; year?: string }> }) {
  const [{ code, year }, t, locale] = await Promise.all([searchParams, getTranslations('vote'), getLocale()]);
  // `?year=` names a selection when more than one votes at once (tests; a district normally runs one).
  const named = typeof year === 'string' && /^\d{4}$/.test(year) ? getSelectionByYear(Number(year)) : undefined;
  const selection = named?.stage === 'voting' ? named : getCurrentSelection(now());
  if (!selection) {
    return (
      <div className="space-y-4">
        <h1 className="text-3xl font-bold">{t('title')}</h1>
        <p className="text-lg">{t('noSelection')}</p>
      </div>
    );
  }
  const state = votingState(selection, now());
  const device = selection.mode === 'encrypted' && state === 'open' ? deviceBallot(selection.id) : null;
  const heading = (
    <h1 className="text-3xl font-bold">{t.rich('titleOf', { title: () => <LocalText zh={selection.title} en={selection.titleEn} /> })}</h1>
  );
  const intro = (
    <p className="text-lg">{t('intro', { max: selection.maxChoices, closes: formatDateTime(selection.votingClosesAt, locale) })}</p>
  );
  if (device)
    return (
      <div className="space-y-6">
        {/* Heading, instructions and the link away belong to the code step only: on the ballot the first candidate shows on the first screen, and no tap there leaves a half-filled ballot. */}
        <DeviceVote
          year={selection.year}
          electionRaw={device.electionRaw}
          candidates={device.candidates}
          max={selection.maxChoices}
          intro={
            <>
              {heading}
              {intro}
              <p>
                <Link href={`/selections/${selection.year}`}>{t('readFirst')}</Link>
              </p>
            </>
          }
        />
      </div>
    );
  return (
    <div className="space-y-6">
      {heading}
      {state === 'open' && (
        <>
          {intro}
          <CodeForm
            year={selection.year}
            prefill={typeof code === 'string' ? code.slice(0, 20) : undefined}
            long={selection.mode === 'encrypted'}
          />
          <p>
            <Link href={`/selections/${selection.year}`}>{t('readFirst')}</Link>
          </p>
        </>
      )}
      {state === 'notOpen' && (
        <p className="text-lg notice-info">{t('notOpenYet', { opens: formatDateTime(selection.votingOpensAt, locale) })}</p>
      )}
      {state === 'closed' && (
        <p className="text-lg notice-info">{t('closedAlready', { closed: formatDateTime(selection.votingClosesAt, locale) })}</p>
      )}
    </div>
  );
}
