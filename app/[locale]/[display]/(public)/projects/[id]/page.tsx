import { Link } from '@/lib/i18n/navigation';
import { notFound } from 'next/navigation';
import { getFormatter, getTranslations } from 'next-intl/server';
import { idParam } from '@/lib/projects/ids';
import { MilestoneTable, Money, StatusTag } from '@/components/projects/parts';
import { SpecForm } from '@/components/projects/spec-form';
import { commentOnProject, rateWithCode } from '@/lib/projects/public-actions';
import { getProject } from '@/lib/projects/queries';

export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props) {
  const found = getProject(idParam((await params).id));
  return { title: found?.project.title ?? (await getTranslations('projects'))('title') };
}

/** The permanent page of one project: who answers for it, the plan and how it went, photos, every change, and what residents say. */
export default async function ProjectPage({ params }: Props) {
  const found = getProject(idParam((await params).id));
  if (!found) notFound();
  const [t, tc, format] = await Promise.all([getTranslations('projects'), getTranslations('common'), getFormatter()]);
  const { project: p, rating } = found;
  const ratingOpen = p.status === 'completed' && p.ratingClosesOn !== null && found.today <= p.ratingClosesOn;
  const facts: [string, React.ReactNode][] = [
    [
      t('page.call'),
      <Link key="c" href={`/projects/calls/${found.call.id}`}>
        {found.call.title}
      </Link>,
    ],
    [t('page.places'), format.list(found.places.map((pl) => pl.name))],
    [t('page.responsible'), found.responsible],
    [t('page.officials'), format.list(found.officials.map((o) => t('page.official', o))) || '—'],
    [t('page.budget'), <Money key="b" yuan={p.budget} />],
    [t('page.plan'), t('page.planDates', { from: p.startsOn, to: p.plannedEndOn })],
    [t('page.completedOn'), p.completedOn ?? '—'],
    [t('page.progress'), `${p.progress}%`],
  ];
  return (
    <article className="space-y-8 max-w-4xl">
      <p>
        <Link href="/projects">← {t('title')}</Link>
      </p>
      <header className="space-y-2">
        <h1 className="text-3xl font-bold">{p.title}</h1>
        <p className="text-lg" data-testid="project-status">
          <StatusTag status={p.status} delay={found.delay} />
        </p>
        <p className="text-lg whitespace-pre-wrap">{p.summary}</p>
      </header>
      <dl className="grid grid-cols-[auto_1fr] gap-x-6 gap-y-1" data-testid="project-facts">
        {facts.map(([k, v]) => (
          <div key={k} className="contents">
            <dt className="font-bold">{k}</dt>
            <dd>{v}</dd>
          </div>
        ))}
      </dl>
      <section aria-labelledby="milestones" className="space-y-2">
        <h2 id="milestones" className="text-xl font-bold">
          {t('milestones.heading')}
        </h2>
        <MilestoneTable milestones={found.milestones} today={found.today} />
      </section>
      <section aria-labelledby="updates" className="space-y-3">
        <h2 id="updates" className="text-xl font-bold">
          {t('page.updates')}
        </h2>
        {found.updates.length === 0 && <p className="hint">{t('page.noUpdates')}</p>}
        <ol className="space-y-4">
          {found.updates.map((u) => (
            <li key={u.id} className="border-l-4 pl-3 space-y-2">
              <p className="hint">
                {format.dateTime(u.at, { dateStyle: 'medium' })}
                {u.progress !== null && ` · ${u.progress}%`}
              </p>
              <p className="whitespace-pre-wrap">{u.body}</p>
              {found.photos
                .filter((ph) => ph.updateId === u.id)
                .map((ph) => (
                  <figure key={ph.id} className="max-w-xl">
                    {/* eslint-disable-next-line @next/next/no-img-element -- resized on upload; served by our own route */}
                    <img
                      src={`/api/v1/projects/photos/${ph.id}`}
                      width={ph.width}
                      height={ph.height}
                      alt={ph.caption || t('page.photo')}
                      className="h-auto w-full"
                      loading="lazy"
                    />
                    {ph.caption && <figcaption className="hint">{ph.caption}</figcaption>}
                  </figure>
                ))}
            </li>
          ))}
        </ol>
      </section>
      <section aria-labelledby="rating" className="space-y-3">
        <h2 id="rating" className="text-xl font-bold">
          {t('rate.heading')}
        </h2>
        {rating.n > 0 ? (
          <p className="text-lg" data-testid="rating-summary">
            {t('rate.summary', { mean: format.number(rating.mean!, { maximumFractionDigits: 2 }), n: rating.n, codes: rating.codes })}
          </p>
        ) : (
          <p className="hint">{p.status === 'completed' ? t('rate.none') : t('rate.notYet')}</p>
        )}
        {ratingOpen && (
          <SpecForm
            action={rateWithCode}
            hidden={{ projectId: p.id }}
            hideOnSuccess
            testId="rate-form"
            errorTitle={tc('errorTitle')}
            submit={t('rate.submit')}
            pending={t('sending')}
            fields={[
              { name: 'code', label: t('rate.code'), hint: t('rate.codeHint'), autoComplete: 'off' },
              {
                name: 'score',
                label: t('rate.score'),
                kind: 'radio',
                options: [5, 4, 3, 2, 1].map((n) => ({ value: n, label: t(`rate.levels.${n}`) })),
              },
            ]}
          />
        )}
      </section>
      <section aria-labelledby="timeline" className="space-y-2">
        <h2 id="timeline" className="text-xl font-bold">
          {t('page.timeline')}
        </h2>
        <ol className="space-y-1" data-testid="timeline">
          {found.events.map((e) => (
            <li key={e.id}>
              <span className="num hint">{format.dateTime(e.at, { dateStyle: 'medium' })}</span>{' '}
              {t(`events.${e.kind}`, Object.fromEntries(Object.entries(e.detail).map(([k, v]) => [k, v ?? '—'])))}
            </li>
          ))}
        </ol>
      </section>
      <section aria-labelledby="comments" className="space-y-3">
        <h2 id="comments" className="text-xl font-bold">
          {t('comments.heading')}
        </h2>
        <ul className="space-y-2" data-testid="comments">
          {found.comments.map((c) => (
            <li key={c.id} className="border-l-4 pl-3">
              <p className="whitespace-pre-wrap">{c.body}</p>
              <p className="hint">
                {c.name || t('comments.anonymous')} · {format.dateTime(c.createdAt, { dateStyle: 'medium' })}
              </p>
            </li>
          ))}
        </ul>
        <SpecForm
          action={commentOnProject}
          hidden={{ projectId: p.id }}
          hideOnSuccess
          testId="comment-form"
          errorTitle={tc('errorTitle')}
          submit={t('comments.submit')}
          pending={t('sending')}
          fields={[
            { name: 'body', label: t('comments.body'), hint: t('comments.hint'), kind: 'textarea', maxLength: 1000 },
            { name: 'name', label: t('comments.name'), maxLength: 20 },
          ]}
        />
      </section>
      <p>
        <a href={`/api/v1/projects/${p.id}`}>JSON</a>
      </p>
    </article>
  );
}
