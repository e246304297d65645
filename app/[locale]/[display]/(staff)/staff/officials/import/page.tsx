import { getTranslations } from 'next-intl/server';
import { RosterImport } from '@/components/staff/roster-import';
import { pageActor } from '@/lib/auth/page';

export async function generateMetadata() {
  return { title: (await getTranslations('staff.import'))('title') };
}

export default async function ImportPage({ searchParams }: { searchParams: Promise<{ imported?: string }> }) {
  await pageActor('officials.import', '/staff/officials/import');
  const [{ imported }, t] = await Promise.all([searchParams, getTranslations('staff.import')]);
  return (
    <div className="space-y-4 max-w-4xl">
      <h1 className="text-2xl font-bold">{t('title')}</h1>
      {imported && <p className="notice-success">✓ {t('done', { count: Number(imported) || 0 })}</p>}
      <p>{t('intro')}</p>
      <p>
        <a href="/api/staff/roster/template">{t('template')}</a>
      </p>
      <RosterImport />
    </div>
  );
}
