import { Link } from '@/lib/i18n/navigation';
import { getTranslations } from 'next-intl/server';
import { listHonours } from '@/lib/honours/queries';

export async function generateMetadata() {
  return { title: (await getTranslations('hallOfFame'))('title') };
}

export default async function HallOfFamePage({ searchParams }: { searchParams: Promise<{ q?: string }> }) {
  const [{ q }, t] = await Promise.all([searchParams, getTranslations('hallOfFame')]);
  const query = typeof q === 'string' ? q.slice(0, 20) : '';
  const rows = listHonours(query);
  const years = [...new Set(rows.map((r) => r.year))];
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold">{t('title')}</h1>
      <p className="max-w-3xl">{t('intro')}</p>
      <form method="get" role="search" className="flex flex-wrap items-end gap-3">
        <div className="field mb-0">
          <label htmlFor="q">{t('search')}</label>
          <input id="q" name="q" defaultValue={query} placeholder={t('searchHint')} />
        </div>
        <button type="submit" className="btn-secondary">
          {t('submit')}
        </button>
      </form>
      <p data-testid="honours-count">{t('count', { count: rows.length, years: years.length })}</p>
      {years.map((year) => (
        <section key={year} id={`y${year}`} className="space-y-2">
          <h2 className="text-xl font-bold">{t('year', { year })}</h2>
          <ul className="grid gap-1 sm:grid-cols-2">
            {rows
              .filter((r) => r.year === year)
              .map((r) => (
                <li key={r.id}>
                  {r.officialId ? <Link href={`/officials/${r.officialId}`}>{r.name}</Link> : <strong>{r.name}</strong>} · {r.unit}
                  {r.position ? ` · ${r.position}` : ''}
                  {r.note ? `（${r.note}）` : ''}
                  {r.selectionId && (
                    <>
                      {' '}
                      <Link href={`/selections/${r.year}`} className="text-sm">
                        {t('results')}
                      </Link>
                    </>
                  )}
                </li>
              ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
