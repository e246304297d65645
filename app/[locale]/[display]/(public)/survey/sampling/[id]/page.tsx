import { notFound } from 'next/navigation';
import { getFormatter, getLocale, getTranslations } from 'next-intl/server';
import { numberFormats } from '@/lib/i18n/numbers';
import { LocalText } from '@/components/ui/local-text';
import { formatDateTime } from '@/lib/selection/dates';
import { getSurvey, surveyProgress } from '@/lib/surveys/queries';

export const dynamic = 'force-dynamic';

// The recipe in the page's language; the sample file carries the same steps in English for tools.
const RECIPE_STEPS = [1, 2, 3, 4, 5] as const;

/** Commit–reveal in public: the hash before the draw, the seed after, the recipe, and every community's n. */
export default async function SamplingPage({ params }: { params: Promise<{ id: string }> }) {
  const survey = getSurvey(Number((await params).id));
  if (!survey || survey.status === 'draft') notFound();
  const [t, locale, format] = await Promise.all([getTranslations('survey.sampling'), getLocale(), getFormatter()]);
  const { count, percent, margin } = numberFormats(format);
  const rows = survey.drawnAt ? surveyProgress(survey, null) : [];
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold">{t.rich('title', { name: () => <LocalText zh={survey.name} en={survey.nameEn} /> })}</h1>
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
        <ol className="list-decimal pl-6 space-y-1 border p-3 pl-8 max-w-3xl" data-testid="recipe">
          {RECIPE_STEPS.map((n) => (
            <li key={n}>{t(`recipeSteps.${n}`)}</li>
          ))}
        </ol>
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
          <div>
            <table className="data-table stack" data-testid="sampling-table">
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
                    <th scope="row" className="font-normal text-left">
                      <LocalText zh={`${r.street} / ${r.name}`} en={r.streetEn && r.nameEn ? `${r.streetEn} / ${r.nameEn}` : null} quiet />
                      {r.flagged && <span className="tag tag-off ml-2">{t('belowTarget')}</span>}
                    </th>
                    <td className="num" data-label={t('households')}>
                      {count(r.households)}
                    </td>
                    <td className="num" data-label={t('sampled')}>
                      {count(r.sampled)}
                    </td>
                    <td className="num" data-label={t('responses')}>
                      {count(r.responses)}
                    </td>
                    <td className="num" data-label={t('rate')}>
                      {percent(r.responseRate)}
                    </td>
                    <td className="num" data-label={t('margin')}>
                      {margin(r.margin)}
                    </td>
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
