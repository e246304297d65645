import { getLocale, getTranslations } from 'next-intl/server';
import { CodeForm } from '@/components/vote/code-form';
import { DeviceVote } from '@/components/vote/device-vote';
import { LocalText } from '@/components/ui/local-text';
import { Link } from '@/lib/i18n/navigation';
import { now } from '@/lib/clock';
import { formatDateTime } from '@/lib/selection/dates';
import { deviceBallot } from '@/lib/election/voter-page';
import { getCurrentSelection, getSelectionByYear } from '@/lib/selection/queries';
import { votingState } from '@/lib/selection/stages';

/**
 * The start of voting: the current selection and the code form. /vote shows it from the page cache;
 * a slip's QR address (/vote?code=…) is sent by the proxy to vote/with-code, rendered per request, so
 * the code is filled in even without JavaScript. An encrypted selection's ballot is sealed on the
 * device (DeviceVote reads the code from the address's fragment), so that page is cached too.
 */
export async function VoteStart({ prefill, year }: { prefill?: string; year?: number }) {
  const [t, locale] = await Promise.all([getTranslations('vote'), getLocale()]);
  const named = year ? getSelectionByYear(year) : undefined;
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
  const readFirst = (
    <p>
      <Link href={`/selections/${selection.year}`}>{t('readFirst')}</Link>
    </p>
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
              {readFirst}
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
          <CodeForm year={selection.year} prefill={prefill} long={selection.mode === 'encrypted'} />
          {readFirst}
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
