import { Link } from '@/lib/i18n/navigation';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { MilestoneTable, StatusTag } from '@/components/projects/parts';
import { SpecForm } from '@/components/projects/spec-form';
import { pageActor } from '@/lib/auth/page';
import { can, inScope } from '@/lib/auth/permissions';
import { completeProject, issueRatingCodes, moderateComment, reportProgress, saveMilestone, updateProject } from '@/lib/projects/actions';
import { idParam } from '@/lib/projects/ids';
import { getProject } from '@/lib/projects/queries';
import { MAX_PHOTO_BYTES } from '@/lib/projects/schemas';
import { getStaffProject, officialChoices, pendingComments, proposalCommunities } from '@/lib/projects/staff-queries';

export const dynamic = 'force-dynamic';

/** The responsible unit's page for one project: plan, milestones, progress with photos, completion, rating codes, comments. */
export default async function StaffProjectPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await pageActor('projects.read', `/staff/projects/${id}`);
  const scoped = getStaffProject(actor, idParam(id));
  const found = scoped ? getProject(scoped.project.id) : undefined;
  if (!scoped || !found) notFound();
  const [t, tp, tc] = await Promise.all([getTranslations('projectsStaff'), getTranslations('projects'), getTranslations('common')]);
  const p = found.project;
  const change = can(actor.role, 'projects.progress') && inScope(actor, scoped.responsiblePath);
  const street = `/${scoped.responsiblePath.split('/').filter(Boolean).slice(0, 2).join('/')}/`;
  const common = { errorTitle: tc('errorTitle'), pending: tc('saving') };
  return (
    <div className="space-y-8 max-w-4xl">
      <p>
        <Link href="/staff/projects">← {t('title')}</Link>
      </p>
      <h1 className="text-2xl font-bold">{p.title}</h1>
      <p>
        <StatusTag status={p.status} delay={found.delay} /> · {found.responsible} ·{' '}
        <Link href={`/projects/${p.id}`}>{t('publicPage')}</Link>
      </p>
      <MilestoneTable milestones={found.milestones} today={found.today} />
      {change && (
        <>
          <details className="border p-3">
            <summary className="font-bold cursor-pointer min-h-11">{t('plan')}</summary>
            <SpecForm
              {...common}
              action={updateProject}
              hidden={{ id: p.id }}
              testId="plan-form"
              submit={tc('save')}
              fields={[
                { name: 'summary', label: t('summary'), kind: 'textarea', maxLength: 2000, defaultValue: p.summary },
                { name: 'budget', label: t('budgetWan'), kind: 'number', defaultValue: p.budget / 10_000 },
                { name: 'startsOn', label: t('startsOn'), kind: 'date', defaultValue: p.startsOn },
                { name: 'plannedEndOn', label: t('plannedEndOn'), kind: 'date', defaultValue: p.plannedEndOn },
                {
                  name: 'officials',
                  label: t('officials'),
                  kind: 'multi',
                  defaultValues: found.officials.map((o) => o.id),
                  options: officialChoices(street).map((o) => ({ value: o.id, label: `${o.name}（${o.unit} ${o.position}）` })),
                },
                {
                  name: 'places',
                  label: t('places'),
                  kind: 'multi',
                  defaultValues: found.places.map((pl) => pl.id),
                  options: proposalCommunities(actor, street).map((c) => ({ value: c.id, label: c.name })),
                },
              ]}
            />
          </details>
          <section aria-labelledby="ms" className="space-y-3 border p-3">
            <h2 id="ms" className="text-xl font-bold">
              {t('milestones')}
            </h2>
            {found.milestones.map((m) => (
              <details key={m.id}>
                <summary className="cursor-pointer min-h-11">{m.title}</summary>
                <SpecForm
                  {...common}
                  action={saveMilestone}
                  hidden={{ projectId: p.id, id: m.id }}
                  submit={tc('save')}
                  fields={[
                    { name: 'title', label: t('milestoneTitle'), defaultValue: m.title, maxLength: 80 },
                    { name: 'plannedOn', label: t('plannedOn'), kind: 'date', defaultValue: m.plannedOn },
                    { name: 'actualOn', label: t('actualOn'), kind: 'date', defaultValue: m.actualOn },
                  ]}
                />
              </details>
            ))}
            <h3 className="font-bold">{t('newMilestone')}</h3>
            <SpecForm
              {...common}
              action={saveMilestone}
              hidden={{ projectId: p.id }}
              testId="milestone-form"
              submit={t('addMilestone')}
              fields={[
                { name: 'title', label: t('milestoneTitle'), maxLength: 80 },
                { name: 'plannedOn', label: t('plannedOn'), kind: 'date' },
                { name: 'actualOn', label: t('actualOn'), hint: t('actualOnHint'), kind: 'date' },
              ]}
            />
          </section>
          {p.status !== 'completed' && (
            <section aria-labelledby="progress" className="space-y-3 border p-3">
              <h2 id="progress" className="text-xl font-bold">
                {t('report')}
              </h2>
              <SpecForm
                {...common}
                action={reportProgress}
                hidden={{ projectId: p.id }}
                testId="progress-form"
                submit={t('report')}
                fields={[
                  { name: 'body', label: t('body'), kind: 'textarea', maxLength: 2000 },
                  { name: 'progress', label: t('percent'), inputMode: 'numeric', defaultValue: p.progress },
                  {
                    name: 'photo',
                    label: t('photo'),
                    hint: t('photoHint'),
                    kind: 'file',
                    maxBytes: MAX_PHOTO_BYTES,
                    tooLarge: tp('errors.photoTooLarge'),
                  },
                  { name: 'caption', label: t('caption'), maxLength: 120 },
                ]}
              />
              <h3 className="font-bold">{t('complete')}</h3>
              <SpecForm
                {...common}
                action={completeProject}
                hidden={{ projectId: p.id }}
                testId="complete-form"
                submit={t('complete')}
                fields={[
                  { name: 'completedOn', label: t('completedOn'), kind: 'date', defaultValue: found.today },
                  { name: 'note', label: t('completionNote'), kind: 'textarea', maxLength: 1000 },
                  { name: 'ratingClosesOn', label: t('ratingClosesOn'), hint: t('ratingClosesOnHint'), kind: 'date' },
                ]}
              />
            </section>
          )}
          {p.status === 'completed' && (
            <section aria-labelledby="codes" className="space-y-3 border p-3">
              <h2 id="codes" className="text-xl font-bold">
                {t('ratingCodes')}
              </h2>
              <p>{t('ratingCodesIntro', { n: found.rating.codes })}</p>
              <SpecForm
                {...common}
                action={issueRatingCodes}
                hidden={{ projectId: p.id }}
                testId="rating-codes-form"
                submit={t('issue')}
                codes={{
                  label: t('downloadCodes'),
                  fileName: `rating-codes-${p.id}.csv`,
                  note: t('codesNote'),
                  countNote: t('codesCount'),
                }}
                fields={[
                  {
                    name: 'communityId',
                    label: t('community'),
                    kind: 'select',
                    options: found.places.map((pl) => ({ value: pl.id, label: pl.name })),
                  },
                ]}
              />
            </section>
          )}
          <section aria-labelledby="mod" className="space-y-3">
            <h2 id="mod" className="text-xl font-bold">
              {t('moderation')}
            </h2>
            {pendingComments(actor, p.id).map((c) => (
              <div key={c.id} className="border p-3 space-y-2" data-testid={`pending-comment-${c.id}`}>
                <p className="whitespace-pre-wrap">{c.body}</p>
                <SpecForm
                  {...common}
                  action={moderateComment}
                  hidden={{ id: c.id }}
                  submit={tc('save')}
                  fields={[
                    {
                      name: 'status',
                      label: t('moderate'),
                      kind: 'radio',
                      defaultValue: 'shown',
                      options: [
                        { value: 'shown', label: t('show') },
                        { value: 'hidden', label: t('hide') },
                      ],
                    },
                  ]}
                />
              </div>
            ))}
          </section>
        </>
      )}
    </div>
  );
}
