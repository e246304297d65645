import { Link } from '@/lib/i18n/navigation';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { FormulaText, Stars } from '@/components/surveys/stars';
import { communityHistory } from '@/lib/ratings/queries';
import { communityLabels } from '@/lib/surveys/queries';

export const dynamic = 'force-dynamic';

const pct = (x: number | null) => (x === null ? '—' : `${(x * 100).toFixed(1)}%`);
const num = (x: number | null, digits = 2) => (x === null ? '—' : x.toFixed(digits));

/** A community's permanent page: every published cycle with its stars, inputs and formula. */
export default async function CommunityPage({ params }: { params: Promise<{ id: string }> }) {
  const id = Number((await params).id);
  const community = communityLabels().find((c) => c.id === id);
  if (!community) notFound();
  const t = await getTranslations('ratings.public');
  const history = communityHistory(id);
  const latest = history.at(-1);
  return (
    <div className="space-y-6">
      <p>
        <Link href={`/communities#street-${community.streetId}`}>{community.street}</Link>
      </p>
      <h1 className="text-3xl font-bold">{community.name}</h1>
      {latest ? (
        <p className="text-2xl" data-testid="latest-stars">
          {latest.name}：<Stars stars={latest.stars} />
        </p>
      ) : (
        <p className="notice-info">{t('noneForCommunity')}</p>
      )}
      {history.length > 0 && (
        <section className="space-y-2">
          <h2 className="text-xl font-bold">{t('history')}</h2>
          <div className="overflow-x-auto">
            <table className="data-table" data-testid="rating-history">
              <thead>
                <tr>
                  <th scope="col">{t('cycle')}</th>
                  <th scope="col">{t('stars')}</th>
                  <th scope="col">{t('change')}</th>
                  <th scope="col" className="num">
                    {t('score')}
                  </th>
                  <th scope="col" className="num">
                    {t('surveyMean')}
                  </th>
                  <th scope="col" className="num">
                    {t('n')}
                  </th>
                  <th scope="col" className="num">
                    {t('rate')}
                  </th>
                  <th scope="col" className="num">
                    {t('margin')}
                  </th>
                  <th scope="col" className="num">
                    {t('requests')}
                  </th>
                  <th scope="col" className="num">
                    {t('onTime')}
                  </th>
                  <th scope="col" className="num">
                    {t('satisfaction')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {history.map((h, i) => {
                  const before = history[i - 1];
                  return (
                    <tr key={h.surveyId}>
                      <td>{h.name}</td>
                      <td>
                        <Stars stars={h.stars} />
                      </td>
                      <td>{before && before.stars !== h.stars ? `${before.stars}★ → ${h.stars}★` : ''}</td>
                      <td className="num">{h.stars > 0 ? num(h.score) : '—'}</td>
                      <td className="num">{num(h.inputs.surveyMean)}</td>
                      <td className="num">{h.inputs.responses}</td>
                      <td className="num">{pct(h.inputs.responseRate)}</td>
                      <td className="num">{h.inputs.marginOfError === null ? '—' : `±${num(h.inputs.marginOfError, 1)}`}</td>
                      <td className="num">{h.inputs.requestsHandled}</td>
                      <td className="num">{pct(h.inputs.onTimeRate)}</td>
                      <td className="num">{num(h.inputs.avgSatisfaction)}</td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
          <h2 className="text-xl font-bold">{t('formulaTitle')}</h2>
          <FormulaText formula={latest!.formula} />
          <p>
            <a href={`/api/v1/communities/${id}/ratings`}>JSON</a> · <a href={`/api/v1/communities/${id}/ratings?format=csv`}>CSV</a> ·{' '}
            <Link href={`/survey/sampling/${latest!.surveyId}`}>{t('sampling')}</Link>
          </p>
        </section>
      )}
    </div>
  );
}
