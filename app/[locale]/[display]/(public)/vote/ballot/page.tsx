import { Link } from '@/lib/i18n/navigation';
import { getLocale, getTranslations } from 'next-intl/server';
import { redirect } from '@/lib/i18n/navigation';
import { db } from '@/db';
import { CandidatePicker } from '@/components/vote/candidate-picker';
import { SessionClock } from '@/components/ui/session-clock';
import { extendBallot } from '@/lib/session-time/actions';
import { now } from '@/lib/clock';
import { isElderMode } from '@/lib/preferences/read';
import { getBallot } from '@/lib/selection/ballot-session';
import { checkCode } from '@/lib/selection/code-check';
import { getSelectionByYear, listCandidates, listCriteria } from '@/lib/selection/queries';

export async function generateMetadata() {
  return { title: (await getTranslations('vote'))('ballotTitle'), robots: { index: false } };
}

export default async function BallotPage() {
  const ballot = await getBallot();
  if (!ballot) redirect({ href: '/vote', locale: await getLocale() });
  const t = await getTranslations('vote');
  const selection = getSelectionByYear(ballot.year);
  const check = checkCode(db(), ballot.year, ballot.code, now());
  if (!selection || !check.ok) {
    return (
      <div className="space-y-4">
        <h1 className="text-3xl font-bold">{t('ballotTitle')}</h1>
        <p className="error-summary">{t(`refusals.${check.ok ? 'noSelection' : check.reason}`)}</p>
        <Link href="/vote" className="btn-secondary">
          {t('startAgain')}
        </Link>
      </div>
    );
  }
  const [adopted, elder] = [listCriteria(selection.id, ['adopted']), await isElderMode()];
  return (
    <div className="space-y-4">
      <h1 className="text-3xl font-bold">{t('ballotTitle')}</h1>
      {/* One paragraph, not two, so that in elders' mode the first candidate is still on the first screen. */}
      <p className="text-lg">
        {t('ballotIntro', { max: selection.maxChoices })} <span data-testid="ballot-order">{t('order')}</span>
      </p>
      {adopted.length > 0 && (
        // In elders' mode the criteria start folded, so the first candidate is on the first screen.
        <details className="border-2 border-[var(--color-line)] p-4" open={!elder}>
          <summary className="text-lg font-bold cursor-pointer">{t('criteriaTitle')}</summary>
          <ol className="list-decimal pl-6 mt-2 space-y-1">
            {adopted.map((c) => (
              <li key={c.id}>{c.text}</li>
            ))}
          </ol>
        </details>
      )}
      <CandidatePicker candidates={listCandidates(selection.id)} max={selection.maxChoices} chosen={ballot.choices} />
      <p className="hint">{t('session.note')}</p>
      <SessionClock extend={extendBallot} namespace="vote.session" restartHref="/vote" />
    </div>
  );
}
