import { Link } from '@/lib/i18n/navigation';
import { getLocale, getTranslations } from 'next-intl/server';
import { redirect } from '@/lib/i18n/navigation';
import { ConfirmForm } from '@/components/vote/confirm-form';
import { SessionClock } from '@/components/ui/session-clock';
import { extendBallot } from '@/lib/session-time/actions';
import { getBallot } from '@/lib/selection/ballot-session';
import { getSelectionByYear, listCandidates } from '@/lib/selection/queries';
import { ReviewList } from '@/components/vote/review-list';

export async function generateMetadata() {
  return { title: (await getTranslations('vote'))('reviewTitle'), robots: { index: false } };
}

export default async function ReviewPage() {
  const ballot = await getBallot();
  if (!ballot || ballot.choices.length === 0) redirect({ href: '/vote/ballot', locale: await getLocale() });
  const t = await getTranslations('vote');
  const selection = getSelectionByYear(ballot.year);
  if (!selection) redirect({ href: '/vote', locale: await getLocale() });
  const chosen = new Set(ballot.choices);
  const list = listCandidates(selection.id).filter((c) => chosen.has(c.id));
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold">{t('reviewTitle')}</h1>
      <p className="text-lg">{t('reviewIntro', { count: list.length })}</p>
      <ReviewList list={list} />
      <p className="notice-info">{t('reviewWarning')}</p>
      <ConfirmForm />
      <SessionClock extend={extendBallot} namespace="vote.session" restartHref="/vote" />
      <p>
        <Link href="/vote/ballot" className="btn-secondary">
          {t('change')}
        </Link>
      </p>
    </div>
  );
}
