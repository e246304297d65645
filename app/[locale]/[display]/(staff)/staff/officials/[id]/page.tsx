import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { OfficialActiveToggle, OfficialForm } from '@/components/staff/official-form';
import { pageActor } from '@/lib/auth/page';
import { can } from '@/lib/auth/permissions';
import { getOfficial } from '@/lib/officials/queries';
import { unitOptions } from '@/lib/units/options';

export default async function OfficialPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await pageActor('officials.read', `/staff/officials/${id}`);
  const official = /^\d+$/.test(id) ? getOfficial(actor, Number(id)) : undefined;
  if (!official) notFound();
  const t = await getTranslations();
  if (!can(actor.role, 'officials.write')) {
    return (
      <div className="space-y-2 max-w-2xl">
        <h1 className="text-2xl font-bold">{official.name}</h1>
        <p>
          {official.unitName} · {official.position} · {t(`grades.${official.grade}`)}
        </p>
        {official.bio && <p>{official.bio}</p>}
      </div>
    );
  }
  return (
    <div className="space-y-4 max-w-2xl">
      <h1 className="text-2xl font-bold">{t('staff.officials.edit', { name: official.name })}</h1>
      <OfficialForm official={official} units={unitOptions(actor)} />
      <OfficialActiveToggle id={official.id} active={official.active} />
    </div>
  );
}
