import { Link } from '@/lib/i18n/navigation';
import { getTranslations } from 'next-intl/server';
import type { AssessmentCycle, ScoreSnapshot } from '@/db/schema';
import { AssessmentForm } from '@/components/assessment/forms';
import { publishCycle } from '@/lib/assessment/actions';
import type { ScoreRow } from '@/lib/assessment/queries';
import type { Change } from '@/lib/assessment/summary';
import { districtMonthDay } from '@/lib/district-time';

type Named = { code: string; name: string };

/** The cycle's indicators this official's score has no records for (their weight went to the others). */
export const missingOf = (row: Pick<ScoreRow, 'indicatorScores'>, indicators: Named[]) =>
  indicators.filter((i) => row.indicatorScores[i.code] === undefined);

export async function ScoreTable({
  cycleId,
  rows,
  indicators,
  testId,
}: {
  cycleId: number;
  rows: ScoreRow[];
  indicators: Named[];
  testId?: string;
}) {
  const t = await getTranslations('assessment');
  const g = await getTranslations('flags');
  return (
    <div className="overflow-x-auto">
      <table className="data-table" data-testid={testId}>
        <thead>
          <tr>
            <th scope="col">{t('columns.rankInDistrict')}</th>
            <th scope="col">{t('columns.official')}</th>
            <th scope="col">{t('columns.unit')}</th>
            <th scope="col">{t('columns.composite')}</th>
            <th scope="col">{t('columns.rankInLevel')}</th>
            <th scope="col">{t('columns.grade')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => {
            const link = `/staff/assessment/${cycleId}/officials/${r.officialId}`;
            const missing = missingOf(r, indicators);
            return (
              <tr key={r.officialId}>
                <td className="num">
                  <Link href={link}>{r.rankInDistrict}</Link>
                </td>
                <td>
                  <Link href={link}>{r.name}</Link>
                  <span className="block text-sm">{r.position}</span>
                  {missing.length > 0 && (
                    <Link href={`${link}#breakdown`} className="tag tag-off mt-1 inline-block" data-testid="missing-indicators">
                      ⚠ {g('missing', { count: missing.length, names: missing.map((i) => i.name).join('、') })}
                    </Link>
                  )}
                </td>
                <td>{r.unitName}</td>
                <td className="num">
                  <Link href={link}>{r.composite.toFixed(2)}</Link>
                </td>
                <td className="num">
                  <Link href={link}>{r.rankInLevel}</Link> <span className="text-sm">{t(`levels.${r.unitKind}`)}</span>
                </td>
                <td>
                  {t(`grades.${r.grade}`)}
                  {r.vetoed && <span className="tag tag-off ml-1">{t('columns.vetoed')}</span>}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

export async function ChangeTable({
  cycleId,
  previousCycleId,
  rows,
}: {
  cycleId: number;
  previousCycleId: number;
  rows: Change<ScoreRow>[];
}) {
  const t = await getTranslations('assessment');
  return (
    <table className="data-table">
      <thead>
        <tr>
          <th scope="col">{t('columns.official')}</th>
          <th scope="col">{t('columns.previous')}</th>
          <th scope="col">{t('columns.composite')}</th>
          <th scope="col">{t('columns.delta')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.officialId}>
            <td>
              <Link href={`/staff/assessment/${cycleId}/officials/${r.officialId}`}>{r.name}</Link>
            </td>
            <td className="num">
              <Link href={`/staff/assessment/${previousCycleId}/officials/${r.officialId}`}>{r.previous.toFixed(2)}</Link>
            </td>
            <td className="num">
              <Link href={`/staff/assessment/${cycleId}/officials/${r.officialId}`}>{r.composite.toFixed(2)}</Link>
            </td>
            <td className="num">{r.delta > 0 ? `+${r.delta.toFixed(2)}` : r.delta.toFixed(2)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

type Community = { id: number; name: string; surveyMean: number | null; responses: number; lowGrades: number; vetoed: number };

export async function Attention({ cycleId, communities }: { cycleId: number; communities: Community[] }) {
  const t = await getTranslations('assessment.attention');
  return (
    <section aria-labelledby="attention">
      <h2 id="attention" className="text-xl font-bold mb-2">
        {t('title')}
      </h2>
      <p className="mb-2">{t('rule')}</p>
      {communities.length === 0 ? (
        <p>{t('none')}</p>
      ) : (
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">{t('community')}</th>
              <th scope="col">{t('surveyMean')}</th>
              <th scope="col">{t('responses')}</th>
              <th scope="col">{t('lowGrades')}</th>
              <th scope="col">{t('vetoed')}</th>
            </tr>
          </thead>
          <tbody>
            {communities.map((c) => (
              <tr key={c.id}>
                <td>
                  <Link href={`/staff/assessment/${cycleId}?unit=${c.id}`}>{c.name}</Link>
                </td>
                <td className="num">{c.surveyMean === null ? '—' : c.surveyMean.toFixed(1)}</td>
                <td className="num">{c.responses}</td>
                <td className="num">{c.lowGrades}</td>
                <td className="num">{c.vetoed}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

type OutcomeRow = {
  outcome: { id: number; officialId: number; kind: string; decidedOn: string; note: string; withdrawnAt: Date | null };
  name: string;
};

export async function Outcomes({ cycleId, outcomes }: { cycleId: number; outcomes: OutcomeRow[] }) {
  const t = await getTranslations('assessment.outcomes');
  return (
    <section aria-labelledby="cycle-outcomes">
      <h2 id="cycle-outcomes" className="text-xl font-bold mb-2">
        {t('title')}
      </h2>
      {outcomes.length === 0 ? (
        <p>{t('none')}</p>
      ) : (
        <ul className="list-disc pl-6" data-testid="cycle-outcomes">
          {outcomes.map(({ outcome, name }) => (
            <li key={outcome.id}>
              {outcome.decidedOn} · <Link href={`/staff/assessment/${cycleId}/officials/${outcome.officialId}`}>{name}</Link> ·{' '}
              {t(`kinds.${outcome.kind}`)}
              {outcome.note && `：${outcome.note}`}
              {outcome.withdrawnAt && <span className="tag tag-off ml-1">{t('withdrawnTag')}</span>}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/**
 * Shown when the public page serves an older snapshot than the one staff now see: the publication is
 * pinned, so a recompute changes nothing public until an organizer publishes again (the button does,
 * with the same items).
 */
export async function StalePublication({
  cycle,
  published,
  current,
  manage,
}: {
  cycle: AssessmentCycle;
  published: ScoreSnapshot | undefined;
  current: ScoreSnapshot | undefined;
  manage: boolean;
}) {
  if (!published || !current || published.id === current.id) return null;
  const t = await getTranslations('assessment.publish');
  return (
    <div className="notice-info space-y-2" data-testid="publication-stale">
      <p>{t('stale', districtMonthDay(published.computedAt))}</p>
      {manage && (
        <AssessmentForm action={publishCycle} submit={t('republish')} secondary>
          <input type="hidden" name="cycleId" value={cycle.id} />
          {cycle.publicItems.map((k) => (
            <input key={k} type="hidden" name="items[]" value={k} />
          ))}
          <input type="hidden" name="confirm" value="yes" />
        </AssessmentForm>
      )}
    </div>
  );
}
