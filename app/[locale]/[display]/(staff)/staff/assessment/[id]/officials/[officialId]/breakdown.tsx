import { Link } from '@/lib/i18n/navigation';
import { getTranslations } from 'next-intl/server';
import { db } from '@/db';
import type { AssessmentCycle, Indicator, ReviewGrade } from '@/db/schema';
import { isResidentsShort, residentsShare, type IndicatorScore } from '@/lib/assessment/scoring';
import { traceIndicator } from '@/lib/assessment/trace';

type Props = {
  cycle: AssessmentCycle;
  indicators: Indicator[];
  official: { id: number; unitPath: string };
  scores: Record<string, IndicatorScore>;
  composite: number;
  /** The stored grade, to explain a composite above the 优秀 line that did not get it. */
  grade?: ReviewGrade;
  records?: boolean;
};

const fmt = (x: number | null | undefined, digits = 2) => (x === null || x === undefined ? '—' : x.toFixed(digits));

/** The composite taken apart: each indicator's raw value, normalized score, weight and weighted part, then the records behind it. */
export async function Breakdown({ cycle, indicators, official, scores, composite, grade, records = true }: Props) {
  const t = await getTranslations('assessment');
  // Missing records move weight between sources; say so when residents' evaluation ends below the floor,
  // and why such an official is not 优秀 when the composite alone would have made them so (scoring.ts).
  const share = residentsShare(indicators, (code) => scores[code] !== undefined);
  const short = isResidentsShort(share, cycle.residentsFloor);
  const barred = short && grade !== undefined && grade !== 'excellent' && composite >= cycle.gradeThresholds.excellent;
  const missing = indicators.filter((i) => scores[i.code] === undefined);
  const g = await getTranslations('flags');
  return (
    <div className="space-y-6" id="breakdown">
      {missing.length > 0 && (
        <p className="notice-info" data-testid="missing-indicators-detail">
          ⚠ {g('missingLong', { count: missing.length, names: missing.map((i) => i.name).join('、') })}
        </p>
      )}
      {short && (
        <div className={barred ? 'error-summary' : 'notice-info'} data-testid="residents-short">
          <p>{t('official.residentsShort', { share, floor: cycle.residentsFloor })}</p>
          {barred && (
            <p className="font-bold" data-testid="residents-barred">
              {t('official.residentsBarred', { composite: composite.toFixed(2), line: cycle.gradeThresholds.excellent })}
            </p>
          )}
        </div>
      )}
      <div className="overflow-x-auto">
        <table className="data-table" data-testid="breakdown">
          <caption className="text-left pb-2">{t('official.breakdownCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('columns.indicator')}</th>
              <th scope="col">{t('columns.source')}</th>
              <th scope="col">{t('columns.raw')}</th>
              <th scope="col">{t('columns.normalized')}</th>
              <th scope="col">{t('columns.weight')}</th>
              <th scope="col">{t('columns.weighted')}</th>
            </tr>
          </thead>
          <tbody>
            {indicators.map((i) => {
              const score = scores[i.code];
              return (
                <tr key={i.id}>
                  <td>{records ? <a href={`#records-${i.code}`}>{i.name}</a> : i.name}</td>
                  <td>{t(`sources.${i.source}`)}</td>
                  <td className="num">{score ? `${fmt(score.raw)} (n=${score.n})` : t('official.noData')}</td>
                  <td className="num">{fmt(score?.normalized)}</td>
                  <td className="num">
                    {score && score.weight !== i.weight
                      ? t('official.weightShared', { weight: i.weight, effective: score.weight })
                      : `${i.weight}%`}
                  </td>
                  <td className="num" data-testid={`weighted-${i.code}`}>
                    {score ? score.weighted.toFixed(2) : '—'}
                  </td>
                </tr>
              );
            })}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row" colSpan={5} className="text-right">
                {t('columns.composite')}
              </th>
              <td className="num font-bold" data-testid="composite">
                {composite.toFixed(2)}
              </td>
            </tr>
          </tfoot>
        </table>
      </div>
      <p className="text-sm">{t('official.missingRule')}</p>
      {records &&
        indicators.map((i) => {
          const trace = traceIndicator(db(), cycle, official, i);
          return (
            <section key={i.id} id={`records-${i.code}`} aria-labelledby={`h-${i.code}`}>
              <h3 id={`h-${i.code}`} className="text-lg font-bold">
                {i.name} · {t(`sources.${i.source}`)}
              </h3>
              <p className="text-sm mb-1">{t('official.recordsSummary', { count: trace.records.length, raw: fmt(trace.raw) })}</p>
              {trace.records.length > 0 && (
                <div className="overflow-x-auto max-h-96 overflow-y-auto">
                  <table className="data-table" data-testid={`records-${i.code}`}>
                    <thead>
                      <tr>
                        <th scope="col">{t('columns.record')}</th>
                        <th scope="col">{t('columns.date')}</th>
                        <th scope="col">{t('columns.value')}</th>
                        <th scope="col">n</th>
                      </tr>
                    </thead>
                    <tbody>
                      {trace.records.map((r) => (
                        <tr key={r.key}>
                          <td>{r.href ? <Link href={r.href}>{r.title}</Link> : r.title || t('sources.manual')}</td>
                          <td className="num">{r.date ?? '—'}</td>
                          <td className="num">{fmt(r.value)}</td>
                          <td className="num">{r.n}</td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </div>
              )}
            </section>
          );
        })}
    </div>
  );
}
