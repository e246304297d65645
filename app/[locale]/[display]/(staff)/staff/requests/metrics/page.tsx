import { Link } from '@/lib/i18n/navigation';
import { getFormatter, getTranslations } from 'next-intl/server';
import { pageActor } from '@/lib/auth/page';
import { now } from '@/lib/clock';
import { districtDay } from '@/lib/district-time';
import { filterQuery, type Outcome } from '@/lib/requests/filters';
import { metricsTable } from '@/lib/requests/metrics-page';

type Search = { year?: string; by?: string };

export async function generateMetadata() {
  return { title: (await getTranslations('requests.metrics'))('title') };
}

export default async function RequestMetricsPage({ searchParams }: { searchParams: Promise<Search> }) {
  const actor = await pageActor('requests.read', '/staff/requests/metrics');
  const [sp, t, format] = await Promise.all([searchParams, getTranslations('requests'), getFormatter()]);
  const thisYear = Number(districtDay(now()).slice(0, 4));
  const year = Number(sp.year) >= 2000 && Number(sp.year) <= thisYear ? Number(sp.year) : thisYear;
  const by = sp.by === 'unit' ? 'unit' : 'official';
  const rows = metricsTable(actor, by, year);
  const pct = (v: number | null) => (v === null ? '—' : format.number(v, { style: 'percent', maximumFractionDigits: 1 }));
  // Every figure links to the requests it counts, so a reader can check it row by row.
  const traced = (id: number, shown: string, outcome?: Outcome, detail?: string) => (
    <Link href={`/staff/requests${filterQuery({ [by]: id, year, outcome })}`} data-metric={outcome ?? 'received'}>
      {shown}
      {detail && <span className="block text-sm">{detail}</span>}
    </Link>
  );
  return (
    <div className="space-y-4">
      <p>
        <Link href="/staff/requests">← {t('staff.title')}</Link>
      </p>
      <h1 className="text-2xl font-bold">{t('metrics.title')}</h1>
      <p>{t('metrics.intro')}</p>
      <form method="get" className="flex flex-wrap items-end gap-3">
        <div className="field mb-0">
          <label htmlFor="year">{t('metrics.year')}</label>
          <select id="year" name="year" defaultValue={year}>
            {[thisYear, thisYear - 1, thisYear - 2].map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
          </select>
        </div>
        <div className="field mb-0">
          <label htmlFor="by">{t('metrics.by')}</label>
          <select id="by" name="by" defaultValue={by}>
            <option value="official">{t('metrics.byOfficial')}</option>
            <option value="unit">{t('metrics.byUnit')}</option>
          </select>
        </div>
        <button type="submit" className="btn-secondary">
          {t('staff.filter')}
        </button>
      </form>
      <div className="overflow-x-auto">
        <table className="data-table">
          <caption className="text-left pb-2">{t('metrics.caption', { count: rows.length, year })}</caption>
          <thead>
            <tr>
              <th scope="col">{by === 'unit' ? t('metrics.unit') : t('metrics.official')}</th>
              <th scope="col">{t('metrics.received')}</th>
              <th scope="col">{t('metrics.handled')}</th>
              <th scope="col">{t('metrics.onTimeRate')}</th>
              <th scope="col">{t('metrics.avgSatisfaction')}</th>
              <th scope="col">{t('metrics.reopenRate')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.id}>
                <td>
                  {r.name}
                  {r.unitName && <span className="block text-sm">{r.unitName}</span>}
                </td>
                <td className="num">{traced(r.id, String(r.received))}</td>
                <td className="num">{traced(r.id, String(r.handled), 'handled')}</td>
                <td className="num">
                  {traced(r.id, pct(r.onTimeRate), 'onTime', t('metrics.ofHandled', { count: r.onTime, handled: r.handled }))}
                </td>
                <td className="num">
                  {traced(
                    r.id,
                    r.avgSatisfaction === null ? '—' : format.number(r.avgSatisfaction, { maximumFractionDigits: 2 }),
                    'rated',
                    t('metrics.ratedCount', { count: r.rated }),
                  )}
                </td>
                <td className="num">
                  {traced(r.id, pct(r.reopenRate), 'reopened', t('metrics.ofHandled', { count: r.reopened, handled: r.handled }))}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
