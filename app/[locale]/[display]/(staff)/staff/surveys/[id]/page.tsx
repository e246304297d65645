import { randomBytes } from 'node:crypto';
import { Link } from '@/lib/i18n/navigation';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { IssueCodesForm } from '@/components/surveys/register-forms';
import { AssignForm, SeedForm, StepButton } from '@/components/surveys/staff-forms';
import { pageActor } from '@/lib/auth/page';
import { publicUrl } from '@/lib/env';
import { can } from '@/lib/auth/permissions';
import { assignments, codesIssued, getSurvey, listSurveyors, surveyProgress } from '@/lib/surveys/queries';

const pct = (x: number | null) => (x === null ? '—' : `${(x * 100).toFixed(1)}%`);

export default async function SurveyPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ confirm?: string; done?: string }>;
}) {
  const [{ id }, { confirm, done }] = await Promise.all([params, searchParams]);
  const actor = await pageActor('surveys.read', `/staff/surveys/${id}`);
  const survey = getSurvey(Number(id));
  if (!survey) notFound();
  const [t, g] = await Promise.all([getTranslations('surveys.staff'), getTranslations('guards.survey')]);
  const here = `/staff/surveys/${survey.id}`;
  const step = (name: 'reveal' | 'close') => ({
    title: g(`${name}.title`, { name: survey.name }),
    consequences: [g(`${name}.consequence`), g('irreversible')],
    here,
    active: confirm === name,
  });
  const manage = can(actor.role, 'surveys.manage') && actor.unitPath === null;
  const rows = surveyProgress(survey, actor);
  const assigned = assignments(survey.id);
  const codes = codesIssued(survey.id);
  return (
    <div className="space-y-6">
      <p>
        <Link href="/staff/surveys">{t('title')}</Link>
      </p>
      <h1 className="text-2xl font-bold">{survey.name}</h1>
      <p data-testid="survey-status">
        {t('status')}：{t(`statuses.${survey.status}`)} · {t('samplePercent')} {survey.samplePercent}% · {t('target')}{' '}
        {survey.targetResponsePercent}% · {survey.revealedAt && `${t('revealed')} · `}
        <Link href={`/survey/sampling/${survey.id}`}>{t('publicSampling')}</Link>
      </p>
      {manage && (
        <section className="space-y-3">
          <h2 className="text-xl font-bold">{t('steps')}</h2>
          {(done === 'revealed' || done === 'statusChanged') && (
            <p className="notice-success" role="status" data-testid="done">
              ✓ {t(done)}
            </p>
          )}
          {survey.status === 'draft' && <SeedForm surveyId={survey.id} step="commit" suggestion={randomBytes(18).toString('base64url')} />}
          {survey.status === 'committed' && (
            <>
              <p className="break-all">
                {t('seedHash')}：<code>{survey.seedHash}</code>
              </p>
              <SeedForm surveyId={survey.id} step="draw" />
            </>
          )}
          {survey.drawnAt && !survey.revealedAt && (
            <StepButton surveyId={survey.id} step="reveal" label={t('revealButton')} confirm={step('reveal')} />
          )}
          {survey.status === 'drawn' && <StepButton surveyId={survey.id} step="open" label={t('openButton')} />}
          {survey.status === 'open' && <StepButton surveyId={survey.id} step="close" label={t('closeButton')} confirm={step('close')} />}
        </section>
      )}
      {survey.drawnAt && (
        <section className="space-y-2">
          <h2 className="text-xl font-bold">{t('progress')}</h2>
          <p className="hint">{t('marginHelp')}</p>
          <div className="overflow-x-auto">
            <table className="data-table" data-testid="survey-progress">
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
                    {t('online')}
                  </th>
                  <th scope="col" className="num">
                    {t('phone')}
                  </th>
                  <th scope="col" className="num">
                    {t('responses')}
                  </th>
                  <th scope="col" className="num">
                    {t('rate')}
                  </th>
                  <th scope="col" className="num">
                    {t('mean')}
                  </th>
                  <th scope="col" className="num">
                    {t('margin')}
                  </th>
                  <th scope="col">{t('surveyors')}</th>
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
                    <td className="num">{r.online}</td>
                    <td className="num">{r.phone}</td>
                    <td className="num">{r.responses}</td>
                    <td className="num">{pct(r.responseRate)}</td>
                    <td className="num">{r.mean === null ? '—' : r.mean.toFixed(1)}</td>
                    <td className="num">{r.margin === null ? '—' : `±${r.margin.toFixed(1)}`}</td>
                    <td>
                      {assigned
                        .filter((a) => a.communityId === r.id)
                        .map((a) => a.name)
                        .join('、')}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      )}
      {manage && survey.drawnAt && (
        <>
          <section className="space-y-2">
            <h2 className="text-xl font-bold">{t('assignTitle')}</h2>
            <AssignForm
              surveyId={survey.id}
              communities={rows.map((r) => ({ value: r.id, label: `${r.street} / ${r.name}` }))}
              surveyors={listSurveyors().map((s) => ({ value: s.id, label: `${s.name}（${s.username}）` }))}
            />
          </section>
          {(survey.status === 'drawn' || survey.status === 'open') && (
            <section className="space-y-2">
              <h2 className="text-xl font-bold">{t('codesTitle', { issued: codes.n, used: codes.used })}</h2>
              <IssueCodesForm surveyId={survey.id} publicUrl={publicUrl()} />
            </section>
          )}
        </>
      )}
    </div>
  );
}
