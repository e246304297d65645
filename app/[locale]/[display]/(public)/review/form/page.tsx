import { Link } from '@/lib/i18n/navigation';
import { getLocale, getTranslations } from 'next-intl/server';
import { redirect } from '@/lib/i18n/navigation';
import { db } from '@/db';
import { ReviewOnlineForm } from '@/components/inspections/review-online-form';
import { SessionClock } from '@/components/ui/session-clock';
import { extendReview } from '@/lib/session-time/actions';
import { meetingHeading } from '@/lib/reviews/queries';
import { getReviewCode } from '@/lib/reviews/session';
import { lookUpCode } from '@/lib/reviews/write';

export async function generateMetadata() {
  return { title: (await getTranslations('reviewForm'))('title'), robots: { index: false } };
}

export default async function ReviewFormPage() {
  const code = await getReviewCode();
  if (!code) redirect({ href: '/review', locale: await getLocale() });
  const t = await getTranslations('reviewForm');
  // The sealed cookie holds a code the rate-limited step accepted; it may have been used since.
  const found = lookUpCode(db(), code);
  const heading = found.ok ? meetingHeading(found.meetingId) : undefined;
  if (!found.ok || !heading) {
    return (
      <div className="space-y-4">
        <h1 className="text-3xl font-bold">{t('title')}</h1>
        <p className="error-summary">{t(`refusals.${found.ok ? 'unknownCode' : found.reason}`)}</p>
        <Link href="/review" className="btn-secondary">
          {t('startAgain')}
        </Link>
      </div>
    );
  }
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold">{t('formTitle', { name: heading.officialName })}</h1>
      <p className="text-lg">{t('formFacts', { unit: heading.unitName, position: heading.position, date: heading.heldOn })}</p>
      <p className="text-lg">{t('formIntro')}</p>
      <ReviewOnlineForm />
      <p className="hint">{t('session.note')}</p>
      <SessionClock extend={extendReview} namespace="reviewForm.session" restartHref="/review" />
    </div>
  );
}
