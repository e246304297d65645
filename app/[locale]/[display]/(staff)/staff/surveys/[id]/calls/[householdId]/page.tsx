import { Link } from '@/lib/i18n/navigation';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { CallForm } from '@/components/surveys/entry-forms';
import { entryPage } from '@/lib/surveys/entry-page';
import { entryHouseholds } from '@/lib/surveys/queries';

export default async function CallPage({ params }: { params: Promise<{ id: string; householdId: string }> }) {
  const { householdId } = await params;
  const { survey, communities } = await entryPage(params, `calls/${householdId}`);
  // Only a household of this surveyor's communities exists here: others are a 404, not a phone number.
  const household = entryHouseholds(
    survey.id,
    communities.map((c) => c.id),
  ).find((h) => h.householdId === Number(householdId));
  if (!household) notFound();
  const t = await getTranslations('surveys.entry');
  const community = communities.find((c) => c.id === household.communityId)!;
  return (
    <div className="space-y-4">
      <p>
        <Link href={`/staff/surveys/${survey.id}/calls`}>{t('callsTitle')}</Link>
      </p>
      <h1 className="text-2xl font-bold">
        {t('callTitle', { community: `${community.street} / ${community.name}`, n: household.position + 1 })}
      </h1>
      <p className="text-xl">
        {t('phone')}：{household.phone ? <a href={`tel:${household.phone}`}>{household.phone}</a> : '—'}
      </p>
      <p className="hint">{t('script')}</p>
      {household.responded ? (
        <p className="notice-info">{t('answered', { channel: t(`channels.${household.responded}`) })}</p>
      ) : (
        <CallForm surveyId={survey.id} householdId={household.householdId} questions={survey.template.questions} />
      )}
    </div>
  );
}
