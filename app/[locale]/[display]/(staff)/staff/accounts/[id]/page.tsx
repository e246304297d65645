import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { AccountDisableToggle, AccountForm } from '@/components/staff/account-form';
import { pageActor } from '@/lib/auth/page';
import { getStaffMember } from '@/lib/staff/queries';
import { unitOptions } from '@/lib/units/options';

export default async function AccountPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ confirm?: string; done?: string }>;
}) {
  const [{ id }, { confirm, done }] = await Promise.all([params, searchParams]);
  const actor = await pageActor('staff.write', `/staff/accounts/${id}`);
  const account = /^\d+$/.test(id) ? getStaffMember(actor, Number(id)) : undefined;
  if (!account) notFound();
  const [t, g] = await Promise.all([getTranslations('staff.accounts'), getTranslations('guards')]);
  return (
    <div className="space-y-4 max-w-2xl">
      <h1 className="text-2xl font-bold">{t('edit', { name: account.displayName })}</h1>
      <AccountForm account={account} units={unitOptions(actor)} districtWide={actor.unitPath === null} />
      {(done === 'disabled' || done === 'enabled') && (
        <p className="notice-success" role="status" data-testid="done">
          ✓ {done === 'disabled' ? g('disable.done') : t('isEnabled')}
        </p>
      )}
      {account.id !== actor.id && (
        <AccountDisableToggle id={account.id} name={account.displayName} disabled={account.disabled} confirming={confirm === 'disable'} />
      )}
    </div>
  );
}
