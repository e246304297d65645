import { getTranslations } from 'next-intl/server';
import { OfficialForm } from '@/components/staff/official-form';
import { pageActor } from '@/lib/auth/page';
import { unitOptions } from '@/lib/units/options';

export default async function NewOfficialPage() {
  const actor = await pageActor('officials.write', '/staff/officials/new');
  const t = await getTranslations('staff.officials');
  return (
    <div className="space-y-4 max-w-2xl">
      <h1 className="text-2xl font-bold">{t('new')}</h1>
      <OfficialForm units={unitOptions(actor)} />
    </div>
  );
}
