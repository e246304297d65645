import { getTranslations } from 'next-intl/server';
import { HonoursImport } from '@/components/staff/honours-import';
import { pageActor } from '@/lib/auth/page';

export default async function HonoursImportPage() {
  await pageActor('selection.manage', '/staff/honours');
  const t = await getTranslations('staff.honours');
  return (
    <div className="space-y-4 max-w-3xl">
      <h1 className="text-2xl font-bold">{t('title')}</h1>
      <p>{t('intro')}</p>
      <HonoursImport />
    </div>
  );
}
