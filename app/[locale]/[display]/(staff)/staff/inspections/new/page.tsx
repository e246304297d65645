import { getTranslations } from 'next-intl/server';
import { InspectionForm } from '@/components/inspections/inspection-form';
import { pageActor } from '@/lib/auth/page';
import { now } from '@/lib/clock';
import { districtDay } from '@/lib/district-time';
import { listSites, officialChoices } from '@/lib/inspections/queries';

export async function generateMetadata() {
  return { title: (await getTranslations('inspections.form'))('title') };
}

export default async function NewInspectionPage({ searchParams }: { searchParams: Promise<{ site?: string }> }) {
  const actor = await pageActor('inspections.record', '/staff/inspections/new');
  const [{ site }, t, tk] = await Promise.all([
    searchParams,
    getTranslations('inspections.form'),
    getTranslations('inspections.siteKinds'),
  ]);
  const sites = listSites(actor, { active: true }).map((s) => ({ id: s.id, label: `${s.name}（${s.unitName} · ${tk(s.kind)}）` }));
  return (
    <div className="space-y-4 max-w-3xl">
      <h1 className="text-2xl font-bold">{t('title')}</h1>
      <InspectionForm sites={sites} officials={officialChoices(actor)} today={districtDay(now())} siteId={Number(site) || undefined} />
    </div>
  );
}
