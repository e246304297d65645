import { Link } from '@/lib/i18n/navigation';
import { getFormatter, getLocale, getTranslations } from 'next-intl/server';
import { csvQuery } from '@/lib/csv-headers';
import { FormulaText, Stars } from '@/components/surveys/stars';
import { communityIndex } from '@/lib/ratings/queries';
import { LocalText, UntranslatedNote } from '@/components/ui/local-text';
import { localizedText } from '@/lib/i18n/localized';

export const dynamic = 'force-dynamic';

export async function generateMetadata() {
  return { title: (await getTranslations('ratings.public'))('title') };
}

/** Every community by street, with its latest published stars and the change since the cycle before. */
export default async function CommunitiesPage() {
  const [t, format, locale] = await Promise.all([getTranslations('ratings.public'), getFormatter(), getLocale()]);
  const pct = (x: number | null) => (x === null ? '—' : format.number(x, { style: 'percent', maximumFractionDigits: 0 }));
  const { round, previousRound, communities } = communityIndex();
  const streets = [...new Map(communities.map((c) => [c.streetId, { zh: c.street, en: c.streetEn }])).entries()];
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold">{t('title')}</h1>
      {round ? (
        <p className="text-lg">
          {t('intro', {
            name: localizedText(round.name, round.nameEn, locale),
            previous: previousRound ? localizedText(previousRound.name, previousRound.nameEn, locale) : '—',
          })}
        </p>
      ) : (
        <p className="text-lg notice-info">{t('nonePublished')}</p>
      )}
      <nav aria-label={t('streets')} className="flex flex-wrap gap-3">
        {streets.map(([id, name]) => (
          <a key={id} href={`#street-${id}`} className="btn-secondary">
            <LocalText zh={name.zh} en={name.en} quiet />
          </a>
        ))}
      </nav>
      {streets.map(([id, name]) => (
        <section key={id} id={`street-${id}`} className="space-y-2">
          <h2 className="text-xl font-bold">
            <LocalText zh={name.zh} en={name.en} />
          </h2>
          <div>
            <table className="data-table stack">
              <thead>
                <tr>
                  <th scope="col">{t('community')}</th>
                  <th scope="col">{t('stars')}</th>
                  <th scope="col">{t('change')}</th>
                  <th scope="col" className="num">
                    {t('score')}
                  </th>
                  <th scope="col" className="num">
                    {t('n')}
                  </th>
                  <th scope="col" className="num">
                    {t('rate')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {communities
                  .filter((c) => c.streetId === id)
                  .map((c) => {
                    const inputs = c.rating?.inputs as { responses: number; responseRate: number | null } | undefined;
                    return (
                      <tr key={c.id} data-testid={`community-${c.id}`}>
                        <th scope="row" className="font-normal text-left whitespace-nowrap">
                          <Link href={`/communities/${c.id}`}>
                            <LocalText zh={c.name} en={c.nameEn} quiet />
                          </Link>
                        </th>
                        <td data-label={t('stars')}>{c.rating ? <Stars stars={c.rating.stars} /> : '—'}</td>
                        <td data-label={t('change')}>
                          {c.rating && c.previousStars !== null && c.previousStars !== c.rating.stars
                            ? `${c.previousStars}★ → ${c.rating.stars}★`
                            : ''}
                        </td>
                        <td className="num" data-label={t('score')}>
                          {c.rating && c.rating.stars > 0
                            ? format.number(c.rating.score, { minimumFractionDigits: 2, maximumFractionDigits: 2 })
                            : '—'}
                        </td>
                        <td className="num" data-label={t('n')}>
                          {inputs?.responses === undefined ? '—' : format.number(inputs.responses)}
                        </td>
                        <td className="num" data-label={t('rate')}>
                          {pct(inputs?.responseRate ?? null)}
                        </td>
                      </tr>
                    );
                  })}
              </tbody>
            </table>
            <UntranslatedNote english={communities.filter((c) => c.streetId === id).map((c) => c.nameEn)} />
          </div>
        </section>
      ))}
      {round && (
        <section className="space-y-2">
          <h2 className="text-xl font-bold">{t('formulaTitle')}</h2>
          <FormulaText formula={round.formula} />
          <p>
            <a href="/api/v1/communities">JSON</a> · <a href={`/api/v1/communities?${csvQuery(locale)}`}>CSV</a> ·{' '}
            <Link href={`/survey/sampling/${round.surveyId}`}>{t('sampling')}</Link>
          </p>
        </section>
      )}
    </div>
  );
}
