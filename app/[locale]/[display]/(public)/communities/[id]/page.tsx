import { Link } from '@/lib/i18n/navigation';
import { notFound } from 'next/navigation';
import { getFormatter, getLocale, getTranslations } from 'next-intl/server';
import { csvQuery } from '@/lib/csv-headers';
import { numberFormats } from '@/lib/i18n/numbers';
import { FormulaText, Stars } from '@/components/surveys/stars';
import { communityHistory } from '@/lib/ratings/queries';
import { communityLabels } from '@/lib/surveys/queries';
import { LocalText } from '@/components/ui/local-text';

export const dynamic = 'force-dynamic';

/** A community's permanent page: every published cycle with its stars, inputs and formula. */
export default async function CommunityPage({ params }: { params: Promise<{ id: string }> }) {
  const id = Number((await params).id);
  const community = communityLabels().find((c) => c.id === id);
  if (!community) notFound();
  const [t, format, locale] = await Promise.all([getTranslations('ratings.public'), getFormatter(), getLocale()]);
  const { count, fixed, percent, margin } = numberFormats(format);
  const history = communityHistory(id);
  const latest = history.at(-1);
  return (
    <div className="space-y-6">
      <p>
        <Link href={`/communities#street-${community.streetId}`}>
          <LocalText zh={community.street} en={community.streetEn} />
        </Link>
      </p>
      <h1 className="text-3xl font-bold">
        <LocalText zh={community.name} en={community.nameEn} />
      </h1>
      {latest ? (
        <p className="text-2xl" data-testid="latest-stars">
          <LocalText zh={latest.name} en={latest.nameEn} />
          {t('colon')}
          <Stars stars={latest.stars} />
        </p>
      ) : (
        <p className="notice-info">{t('noneForCommunity')}</p>
      )}
      {history.length > 0 && (
        <section className="space-y-2">
          <h2 className="text-xl font-bold">{t('history')}</h2>
          <div>
            <table className="data-table stack" data-testid="rating-history">
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
                      <th scope="row" className="font-normal text-left">
                        <LocalText zh={h.name} en={h.nameEn} />
                      </th>
                      <td data-label={t('stars')}>
                        <Stars stars={h.stars} />
                      </td>
                      <td data-label={t('change')}>{before && before.stars !== h.stars ? `${before.stars}★ → ${h.stars}★` : ''}</td>
                      <td className="num" data-label={t('score')}>
                        {h.stars > 0 ? fixed(h.score) : '—'}
                      </td>
                      <td className="num" data-label={t('surveyMean')}>
                        {fixed(h.inputs.surveyMean)}
                      </td>
                      <td className="num" data-label={t('n')}>
                        {count(h.inputs.responses)}
                      </td>
                      <td className="num" data-label={t('rate')}>
                        {percent(h.inputs.responseRate)}
                      </td>
                      <td className="num" data-label={t('margin')}>
                        {margin(h.inputs.marginOfError)}
                      </td>
                      <td className="num" data-label={t('requests')}>
                        {count(h.inputs.requestsHandled)}
                      </td>
                      <td className="num" data-label={t('onTime')}>
                        {percent(h.inputs.onTimeRate)}
                      </td>
                      <td className="num" data-label={t('satisfaction')}>
                        {fixed(h.inputs.avgSatisfaction)}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
          <h2 className="text-xl font-bold">{t('formulaTitle')}</h2>
          <FormulaText formula={latest!.formula} />
          <p>
            <a href={`/api/v1/communities/${id}/ratings`}>JSON</a> ·{' '}
            <a href={`/api/v1/communities/${id}/ratings?${csvQuery(locale)}`}>CSV</a> ·{' '}
            <Link href={`/survey/sampling/${latest!.surveyId}`}>{t('sampling')}</Link>
          </p>
        </section>
      )}
    </div>
  );
}
