import { getLocale, getTranslations } from 'next-intl/server';
import { Link } from '@/lib/i18n/navigation';
import { RecordRequestForm } from '@/components/requests/record-form';
import { pageActor } from '@/lib/auth/page';
import { listCategories } from '@/lib/requests/queries';
import { unitOptions } from '@/lib/units/options';
import { listUnits } from '@/lib/units/queries';

export async function generateMetadata() {
  return { title: (await getTranslations('requests.record'))('title') };
}

export default async function RecordRequestPage() {
  const actor = await pageActor('requests.manage', '/staff/requests/new');
  const [t, locale] = await Promise.all([getTranslations('requests'), getLocale()]);
  const communityIds = new Set(
    listUnits(actor)
      .filter((u) => u.kind === 'community')
      .map((u) => u.id),
  );
  const communities = unitOptions(actor).filter((u) => communityIds.has(u.id));
  const categories = listCategories().map((c) => ({ code: c.code, label: locale === 'en' ? c.nameEn : c.nameZh }));
  return (
    <div className="space-y-4 max-w-xl">
      <p>
        <Link href="/staff/requests">← {t('staff.title')}</Link>
      </p>
      <h1 className="text-2xl font-bold">{t('record.title')}</h1>
      <p>{t('record.intro')}</p>
      <RecordRequestForm categories={categories} communities={communities} />
    </div>
  );
}
