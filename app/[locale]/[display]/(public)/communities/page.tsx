import { Link } from '@/lib/i18n/navigation';
import { getTranslations } from 'next-intl/server';
import { FormulaText, Stars } from '@/components/surveys/stars';
import { communityIndex } from '@/lib/ratings/queries';

export const dynamic = 'force-dynamic';

export async function generateMetadata() {
  return { title: (await getTranslations('ratings.public'))('title') };
}

const pct = (x: number | null) => (x === null ? '—' : `${(x * 100).toFixed(0)}%`);

/** Every community by street, with its latest published stars and the change since the cycle before. */
export default async function CommunitiesPage() {
  const t = await getTranslations('ratings.public');
  const { round, previousRound, communities } = communityIndex();
  const streets = [...new Map(communities.map((c) => [c.streetId, c.street])).entries()];
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold">{t('title')}</h1>
      {round ? (
        <p className="text-lg">{t('intro', { name: round.name, previous: previousRound?.name ?? '—' })}</p>
      ) : (
        <p className="text-lg notice-info">{t('nonePublished')}</p>
      )}
      <nav aria-label={t('streets')} className="flex flex-wrap gap-3">
        {streets.map(([id, name]) => (
          <a key={id} href={`#street-${id}`} className="btn-secondary">
            {name}
          </a>
        ))}
      </nav>
      {streets.map(([id, name]) => (
        <section key={id} id={`street-${id}`} className="space-y-2">
          <h2 className="text-xl font-bold">{name}</h2>
          <div className="overflow-x-auto">
            <table className="data-table">
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
                        <td>
                          <Link href={`/communities/${c.id}`}>{c.name}</Link>
                        </td>
                        <td>{c.rating ? <Stars stars={c.rating.stars} /> : '—'}</td>
                        <td>
                          {c.rating && c.previousStars !== null && c.previousStars !== c.rating.stars
                            ? `${c.previousStars}★ → ${c.rating.stars}★`
                            : ''}
                        </td>
                        <td className="num">{c.rating && c.rating.stars > 0 ? c.rating.score.toFixed(2) : '—'}</td>
                        <td className="num">{inputs?.responses ?? '—'}</td>
                        <td className="num">{pct(inputs?.responseRate ?? null)}</td>
                      </tr>
                    );
                  })}
              </tbody>
            </table>
          </div>
        </section>
      ))}
      {round && (
        <section className="space-y-2">
          <h2 className="text-xl font-bold">{t('formulaTitle')}</h2>
          <FormulaText formula={round.formula} />
          <p>
            <a href="/api/v1/communities">JSON</a> · <a href="/api/v1/communities?format=csv">CSV</a> ·{' '}
            <Link href={`/survey/sampling/${round.surveyId}`}>{t('sampling')}</Link>
          </p>
        </section>
      )}
    </div>
  );
}
