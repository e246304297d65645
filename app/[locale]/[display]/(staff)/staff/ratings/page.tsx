import { Link } from '@/lib/i18n/navigation';
import { getLocale, getTranslations } from 'next-intl/server';
import { StepButton } from '@/components/surveys/staff-forms';
import { FormulaText, Stars } from '@/components/surveys/stars';
import { pageActor } from '@/lib/auth/page';
import { can, inScope } from '@/lib/auth/permissions';
import type { Formula } from '@/lib/ratings/formula';
import { ratingsOf, roundOf } from '@/lib/ratings/queries';
import { formatDateTime } from '@/lib/selection/dates';
import { listSurveys } from '@/lib/surveys/queries';

const pct = (x: number | null) => (x === null ? '—' : `${(x * 100).toFixed(1)}%`);
const num = (x: number | null) => (x === null ? '—' : x.toFixed(2));

/** Compute → review → publish, per closed survey cycle. */
export default async function RatingsPage({
  searchParams,
}: {
  searchParams: Promise<{ confirm?: string; survey?: string; done?: string }>;
}) {
  const actor = await pageActor('ratings.read', '/staff/ratings');
  const [t, locale, g, query] = [
    await getTranslations('ratings.staff'),
    await getLocale(),
    await getTranslations('guards'),
    await searchParams,
  ];
  const publish = can(actor.role, 'ratings.publish') && actor.unitPath === null;
  const cycles = listSurveys().filter((s) => s.status === 'closed');
  return (
    <div className="space-y-8">
      <h1 className="text-2xl font-bold">{t('title')}</h1>
      <p>{t('intro')}</p>
      {cycles.length === 0 && <p className="notice-info">{t('noClosed')}</p>}
      {cycles.map((s) => {
        const round = roundOf(s.id);
        const rows = round ? ratingsOf(s.id).filter((r) => inScope(actor, r.community.path)) : [];
        return (
          <section key={s.id} className="space-y-3" data-testid={`round-${s.id}`}>
            <h2 className="text-xl font-bold">{s.name}</h2>
            {query.done === 'published' && query.survey === String(s.id) && (
              <p className="notice-success" role="status" data-testid="done">
                ✓ {t('published')}
              </p>
            )}
            <p>
              {round?.publishedAt
                ? t('publishedAt', { at: formatDateTime(round.publishedAt, locale) })
                : round
                  ? t('computedAt', { at: formatDateTime(round.computedAt, locale) })
                  : t('notComputed')}
            </p>
            {publish && !round?.publishedAt && (
              <div className="flex flex-wrap gap-4">
                <StepButton surveyId={s.id} step="compute" label={round ? t('recompute') : t('compute')} />
                {round && (
                  <StepButton
                    surveyId={s.id}
                    step="publish"
                    label={t('publish')}
                    confirm={{
                      title: g('ratings.title', { name: s.name }),
                      consequences: [g('ratings.consequence'), g('confirm.irreversible')],
                      here: `/staff/ratings?survey=${s.id}`,
                      active: query.confirm === 'publish' && query.survey === String(s.id),
                    }}
                  />
                )}
              </div>
            )}
            {round && (
              <>
                <FormulaText formula={round.formula as Formula} />
                <div className="overflow-x-auto">
                  <table className="data-table">
                    <thead>
                      <tr>
                        <th scope="col">{t('community')}</th>
                        <th scope="col">{t('stars')}</th>
                        <th scope="col" className="num">
                          {t('score')}
                        </th>
                        <th scope="col" className="num">
                          {t('surveyMean')}
                        </th>
                        <th scope="col" className="num">
                          n
                        </th>
                        <th scope="col" className="num">
                          {t('rate')}
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
                      {rows.map((r) => (
                        <tr key={r.communityId}>
                          <td>
                            <Link href={`/communities/${r.communityId}`}>
                              {r.community.street} / {r.community.name}
                            </Link>
                          </td>
                          <td>
                            <Stars stars={r.stars} />
                          </td>
                          <td className="num">{r.stars > 0 ? num(r.score) : '—'}</td>
                          <td className="num">{num(r.inputs.surveyMean)}</td>
                          <td className="num">{r.inputs.responses}</td>
                          <td className="num">{pct(r.inputs.responseRate)}</td>
                          <td className="num">{pct(r.inputs.onTimeRate)}</td>
                          <td className="num">{num(r.inputs.avgSatisfaction)}</td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </div>
              </>
            )}
          </section>
        );
      })}
    </div>
  );
}
