import { getTranslations } from 'next-intl/server';
import { SelectionForm } from '@/components/staff/selection/selection-form';
import { pageActor } from '@/lib/auth/page';

export default async function NewSelectionPage() {
  await pageActor('selection.manage', '/staff/selections/new');
  const t = await getTranslations('staff.selections');
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">{t('new')}</h1>
      <SelectionForm />
    </div>
  );
}
