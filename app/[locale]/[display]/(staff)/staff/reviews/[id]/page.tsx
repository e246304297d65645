import { Link } from '@/lib/i18n/navigation';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { CodeIssuer } from '@/components/inspections/code-issuer';
import { PaperGrid } from '@/components/inspections/paper-grid';
import { ReviewAggregateTable } from '@/components/inspections/review-aggregate';
import { pageActor } from '@/lib/auth/page';
import { can } from '@/lib/auth/permissions';
import { getMeeting } from '@/lib/reviews/queries';

export default async function MeetingPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ saved?: string }>;
}) {
  const [{ id }, { saved }] = await Promise.all([params, searchParams]);
  const actor = await pageActor('reviews.read', `/staff/reviews/${id}`);
  const found = /^\d+$/.test(id) ? getMeeting(actor, Number(id)) : undefined;
  if (!found) notFound();
  const [t, tc] = await Promise.all([getTranslations('reviews'), getTranslations('common')]);
  const { meeting, aggregate } = found;
  const canManage = can(actor.role, 'reviews.manage');
  return (
    <div className="space-y-6 max-w-4xl">
      <div>
        <p className="no-print">
          <Link href="/staff/reviews">{t('title')}</Link>
        </p>
        <h1 className="text-2xl font-bold">{t('meetingTitle', { name: found.officialName })}</h1>
        <p>
          {found.unitName} · {found.position}
        </p>
        <p>{t('meetingFacts', { date: meeting.heldOn, place: meeting.place || '–', attendees: meeting.attendees })}</p>
        {found.cycleName && <p>{t('linkedCycle', { name: found.cycleName })}</p>}
        <p>
          <Link href={`/staff/reviews?official=${meeting.officialId}`}>{t('aggregate.officialTitle', { name: found.officialName })}</Link>
        </p>
      </div>
      {saved && <p className="notice-success">✓ {tc('saved')}</p>}
      <p data-testid="forms-count">{t('formsCount', { total: aggregate.forms, paper: found.paper, online: found.online })}</p>
      <ReviewAggregateTable aggregate={aggregate} showPoints={can(actor.role, 'scores.read')} title={t('aggregate.title')} />
      {canManage && (
        <>
          <section className="space-y-2 no-print">
            <h2 className="text-xl font-bold">{t('grid.title')}</h2>
            <PaperGrid meetingId={meeting.id} batchKey={aggregate.forms} />
          </section>
          <section className="space-y-2">
            <h2 className="text-xl font-bold no-print">{t('codes.title')}</h2>
            <p className="no-print">{t('codes.help')}</p>
            <p className="no-print">{t('codes.stats', { issued: found.codesIssued, unused: found.codesUnused })}</p>
            <CodeIssuer meetingId={meeting.id} />
          </section>
        </>
      )}
    </div>
  );
}
