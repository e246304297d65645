import { getTranslations } from 'next-intl/server';
import { reviewGrades } from '@/db/schema';
import type { ReviewAggregate } from '@/lib/reviews/aggregate';
import { dimensions } from '@/lib/enums';

const fmt = (n: number | null) => (n === null ? '–' : n.toFixed(1));

/**
 * Grade counts per dimension for everyone who may read meetings; the 0–100 points only for roles
 * that may read scores (inspectors and surveyors never see a score).
 */
export async function ReviewAggregateTable({
  aggregate,
  showPoints,
  title,
}: {
  aggregate: ReviewAggregate;
  showPoints: boolean;
  title: string;
}) {
  const t = await getTranslations('reviews');
  return (
    <section aria-label={title} className="space-y-2">
      <h2 className="text-xl font-bold">{title}</h2>
      {aggregate.forms === 0 ? (
        <p>{t('aggregate.none')}</p>
      ) : (
        <div className="overflow-x-auto">
          <table className="data-table" data-testid="review-aggregate">
            <caption className="text-left pb-2">{t('aggregate.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('aggregate.dimension')}</th>
                {reviewGrades.map((g) => (
                  <th scope="col" key={g} style={{ textAlign: 'right' }}>
                    {t(`grades.${g}`)}
                  </th>
                ))}
                {showPoints && (
                  <th scope="col" style={{ textAlign: 'right' }}>
                    {t('aggregate.points')}
                  </th>
                )}
              </tr>
            </thead>
            <tbody>
              {dimensions.map((d) => (
                <tr key={d}>
                  <th scope="row">{t(`dimensions.${d}`)}</th>
                  {reviewGrades.map((g) => (
                    <td key={g} className="num">
                      {aggregate.counts[d][g]}
                    </td>
                  ))}
                  {showPoints && <td className="num">{fmt(aggregate.byDimension[d])}</td>}
                </tr>
              ))}
            </tbody>
            {showPoints && (
              <tfoot>
                <tr>
                  <th scope="row" colSpan={reviewGrades.length + 1}>
                    {t('aggregate.overall')}
                  </th>
                  <td className="num font-bold" data-testid="review-score">
                    {fmt(aggregate.score)}
                  </td>
                </tr>
              </tfoot>
            )}
          </table>
        </div>
      )}
    </section>
  );
}
