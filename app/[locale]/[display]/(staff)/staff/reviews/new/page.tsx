import { getTranslations } from 'next-intl/server';
import { MeetingForm } from '@/components/inspections/meeting-form';
import { pageActor } from '@/lib/auth/page';
import { now } from '@/lib/clock';
import { districtDay } from '@/lib/district-time';
import { officialChoices } from '@/lib/inspections/queries';
import { cycleChoices } from '@/lib/reviews/queries';

export async function generateMetadata() {
  return { title: (await getTranslations('reviews'))('new') };
}

export default async function NewMeetingPage({ searchParams }: { searchParams: Promise<{ official?: string }> }) {
  const actor = await pageActor('reviews.manage', '/staff/reviews/new');
  const [{ official }, t] = await Promise.all([searchParams, getTranslations('reviews')]);
  const officials = officialChoices(actor).map((o) => ({ id: o.id, label: `${o.name} · ${o.unitName} · ${o.position}` }));
  const cycles = cycleChoices().map((c) => ({ id: c.id, label: c.name }));
  return (
    <div className="space-y-4 max-w-2xl">
      <h1 className="text-2xl font-bold">{t('new')}</h1>
      <MeetingForm officials={officials} cycles={cycles} today={districtDay(now())} officialId={Number(official) || undefined} />
    </div>
  );
}
