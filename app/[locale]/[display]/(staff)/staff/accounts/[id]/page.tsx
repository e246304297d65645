import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { AccountDisableToggle, AccountForm } from '@/components/staff/account-form';
import { pageActor } from '@/lib/auth/page';
import { getStaffMember } from '@/lib/staff/queries';
import { unitOptions } from '@/lib/units/options';

export default async function AccountPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await pageActor('staff.write', `/staff/accounts/${id}`);
  const account = /^\d+$/.test(id) ? getStaffMember(actor, Number(id)) : undefined;
  if (!account) notFound();
  const t = await getTranslations('staff.accounts');
  return (
    <div className="space-y-4 max-w-2xl">
      <h1 className="text-2xl font-bold">{t('edit', { name: account.displayName })}</h1>
      <AccountForm account={account} units={unitOptions(actor)} districtWide={actor.unitPath === null} />
      {account.id !== actor.id && <AccountDisableToggle id={account.id} disabled={account.disabled} />}
    </div>
  );
}
