import { getTranslations } from 'next-intl/server';
import { AccountForm } from '@/components/staff/account-form';
import { pageActor } from '@/lib/auth/page';
import { unitOptions } from '@/lib/units/options';

export default async function NewAccountPage() {
  const actor = await pageActor('staff.write', '/staff/accounts/new');
  const t = await getTranslations('staff.accounts');
  return (
    <div className="space-y-4 max-w-2xl">
      <h1 className="text-2xl font-bold">{t('new')}</h1>
      <AccountForm units={unitOptions(actor)} districtWide={actor.unitPath === null} />
    </div>
  );
}
