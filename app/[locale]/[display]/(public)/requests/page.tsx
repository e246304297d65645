import { redirect } from '@/lib/i18n/navigation';
import { getLocale, getTranslations } from 'next-intl/server';
import { FileRequestForm } from '@/components/requests/file-form';
import { normalizeTrackingNumber } from '@/lib/typed';
import { communityChoices } from '@/lib/requests/public';
import { listCategories } from '@/lib/requests/queries';

export const dynamic = 'force-dynamic';

export async function generateMetadata() {
  return { title: (await getTranslations('requests'))('public.title') };
}

export default async function RequestsPage({ searchParams }: { searchParams: Promise<{ number?: string }> }) {
  const [{ number }, t, locale] = await Promise.all([searchParams, getTranslations('requests'), getLocale()]);
  const wanted = typeof number === 'string' ? number.trim() : '';
  const found = wanted ? normalizeTrackingNumber(wanted) : null;
  if (found) redirect({ href: `/requests/${found}`, locale });
  const categories = listCategories().map((c) => ({ code: c.code, label: locale === 'en' ? c.nameEn : c.nameZh }));
  const communities = communityChoices().map((c) => ({ id: c.id, label: `${c.street} / ${c.name}` }));
  return (
    <div className="space-y-8">
      <div className="space-y-3 max-w-3xl">
        <h1 className="text-3xl font-bold">{t('public.title')}</h1>
        <p className="text-lg">{t('public.intro')}</p>
      </div>
      <section aria-labelledby="track" className="space-y-3 max-w-xl">
        <h2 id="track" className="text-xl font-bold">
          {t('public.trackTitle')}
        </h2>
        <form method="get" role="search" className="flex flex-wrap items-end gap-3">
          <div className="field mb-0">
            <label htmlFor="number">{t('public.trackLabel')}</label>
            {wanted && <p className="error-text">⚠ {t('public.badNumber')}</p>}
            <input
              id="number"
              name="number"
              defaultValue={wanted}
              placeholder="2026-000123"
              inputMode="numeric"
              autoComplete="off"
              spellCheck={false}
              maxLength={24}
            />
          </div>
          <button type="submit" className="btn-secondary">
            {t('public.trackSubmit')}
          </button>
        </form>
      </section>
      <section aria-labelledby="file" className="space-y-3">
        <h2 id="file" className="text-xl font-bold">
          {t('public.fileTitle')}
        </h2>
        <FileRequestForm categories={categories} communities={communities} />
      </section>
    </div>
  );
}
