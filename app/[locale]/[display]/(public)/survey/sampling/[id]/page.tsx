import { notFound } from 'next/navigation';
import { getLocale, getTranslations } from 'next-intl/server';
import { formatDateTime } from '@/lib/selection/dates';
import { getSurvey, surveyProgress } from '@/lib/surveys/queries';
import { SAMPLING_RECIPE } from '@/lib/surveys/sampling';

export const dynamic = 'force-dynamic';

const pct = (x: number | null) => (x === null ? '—' : `${(x * 100).toFixed(1)}%`);

/** Commit–reveal in public: the hash before the draw, the seed after, the recipe, and every community's n. */
export default async function SamplingPage({ params }: { params: Promise<{ id: string }> }) {
  const survey = getSurvey(Number((await params).id));
  if (!survey || survey.status === 'draft') notFound();
  const [t, locale] = [await getTranslations('survey.sampling'), await getLocale()];
  const rows = survey.drawnAt ? surveyProgress(survey, null) : [];
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold">{t('title', { name: survey.name })}</h1>
      <p>{t('intro', { percent: survey.samplePercent })}</p>
      <dl className="grid gap-2 sm:grid-cols-[12rem_1fr]">
        <dt className="font-bold">{t('seedHash')}</dt>
        <dd className="break-all font-mono" data-testid="seed-hash">
          {survey.seedHash}
        </dd>
        <dt className="font-bold">{t('committedAt')}</dt>
        <dd>{survey.committedAt ? formatDateTime(survey.committedAt, locale) : '—'}</dd>
        <dt className="font-bold">{t('drawnAt')}</dt>
        <dd>{survey.drawnAt ? formatDateTime(survey.drawnAt, locale) : t('notYet')}</dd>
        <dt className="font-bold">{t('seed')}</dt>
        <dd className="break-all font-mono" data-testid="seed">
          {survey.revealedAt ? survey.seed : t('notRevealed')}
        </dd>
        <dt className="font-bold">{t('registerHash')}</dt>
        <dd className="break-all font-mono">{survey.registerHash ?? '—'}</dd>
      </dl>
      <section className="space-y-2">
        <h2 className="text-xl font-bold">{t('recipe')}</h2>
        <pre className="whitespace-pre-wrap text-sm bg-white border p-3">{SAMPLING_RECIPE}</pre>
        {survey.drawnAt && (
          <p>
            <a href={`/api/v1/surveys/${survey.id}/sample`} className="btn-secondary" download>
              {t('download')}
            </a>
          </p>
        )}
        <p className="hint">{t('verifyHint')}</p>
        <pre className="text-sm">npm run cli -- sample verify sample-{survey.id}.json</pre>
      </section>
      {rows.length > 0 && (
        <section className="space-y-2">
          <h2 className="text-xl font-bold">{t('byCommunity')}</h2>
          <p className="hint">{t('marginHelp', { target: survey.targetResponsePercent })}</p>
          <div className="overflow-x-auto">
            <table className="data-table" data-testid="sampling-table">
              <thead>
                <tr>
                  <th scope="col">{t('community')}</th>
                  <th scope="col" className="num">
                    {t('households')}
                  </th>
                  <th scope="col" className="num">
                    {t('sampled')}
                  </th>
                  <th scope="col" className="num">
                    {t('responses')}
                  </th>
                  <th scope="col" className="num">
                    {t('rate')}
                  </th>
                  <th scope="col" className="num">
                    {t('margin')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {rows.map((r) => (
                  <tr key={r.id}>
                    <td>
                      {r.street} / {r.name}
                      {r.flagged && <span className="tag tag-off ml-2">{t('belowTarget')}</span>}
                    </td>
                    <td className="num">{r.households}</td>
                    <td className="num">{r.sampled}</td>
                    <td className="num">{r.responses}</td>
                    <td className="num">{pct(r.responseRate)}</td>
                    <td className="num">{r.margin === null ? '—' : `±${r.margin.toFixed(1)}`}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      )}
    </div>
  );
}
