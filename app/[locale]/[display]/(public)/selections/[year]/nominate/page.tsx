import { Link } from '@/lib/i18n/navigation';
import { getTranslations } from 'next-intl/server';
import { NominateForm } from '@/components/selection/nominate-form';
import { selectionFromParams } from '@/lib/selection/page';
import { searchOfficials } from '@/lib/selection/queries';

type Props = { params: Promise<{ year: string }>; searchParams: Promise<{ q?: string }> };

export async function generateMetadata({ params }: Props) {
  const selection = await selectionFromParams(params);
  return { title: `${(await getTranslations('selection'))('nominate')} · ${selection.title}` };
}

export default async function NominatePage({ params, searchParams }: Props) {
  const selection = await selectionFromParams(params);
  const [{ q }, t] = await Promise.all([searchParams, getTranslations('selection')]);
  const query = typeof q === 'string' ? q.slice(0, 20) : '';
  const open = selection.stage === 'criteria' || selection.stage === 'nomination';
  return (
    <div className="space-y-6">
      <p>
        <Link href={`/selections/${selection.year}`}>← {selection.title}</Link>
      </p>
      <h1 className="text-3xl font-bold">{t('nominate')}</h1>
      {open ? (
        <>
          <p className="max-w-3xl">{t('nominateIntro')}</p>
          <form method="get" role="search" className="flex flex-wrap items-end gap-3">
            <div className="field mb-0">
              <label htmlFor="q">{t('searchRoster')}</label>
              <input id="q" name="q" defaultValue={query} placeholder={t('searchHint')} />
            </div>
            <button type="submit" className="btn-secondary">
              {t('search')}
            </button>
          </form>
          <NominateForm key={query} year={selection.year} matches={searchOfficials(query)} />
        </>
      ) : (
        <p className="notice-info">{t('nominationClosed')}</p>
      )}
    </div>
  );
}
