import { Link } from '@/lib/i18n/navigation';
import { getFormatter, getLocale, getTranslations } from 'next-intl/server';
import { SelectionForm } from '@/components/staff/selection/selection-form';
import { StageSection } from '@/components/staff/selection/stage-section';
import { SelectionTabs } from '@/components/staff/selection/tabs';
import { can } from '@/lib/auth/permissions';
import { now } from '@/lib/clock';
import { selectionStages } from '@/db/schema';
import { formatDateTime } from '@/lib/selection/dates';
import { listCandidates } from '@/lib/selection/queries';
import { effectiveStage } from '@/lib/selection/stages';
import { staffSelection } from '@/lib/selection/staff-page';

export default async function StaffSelectionPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ saved?: string; done?: string; confirm?: string }>;
}) {
  const { actor, selection } = await staffSelection(params);
  const [t, locale, { saved, done, confirm }] = await Promise.all([getTranslations(), getLocale(), searchParams]);
  const format = await getFormatter();
  const at = now();
  const manage = can(actor.role, 'selection.manage') && actor.unitPath === null;
  const stage = effectiveStage(selection, at);
  const candidates = listCandidates(selection.id);
  return (
    <div className="space-y-6">
      <SelectionTabs selection={selection} current="overview" />
      {saved && <p className="notice-success">✓ {t('common.saved')}</p>}
      {done && doneMessage(done) && (
        <p className="notice-success" role="status" data-testid="done">
          ✓{' '}
          {done.startsWith('stage-')
            ? t('guards.stage.done', { stage: t(`selection.stages.${doneMessage(done)}`) })
            : t(doneMessage(done)!)}
        </p>
      )}
      <dl className="grid gap-2 sm:grid-cols-2 max-w-3xl">
        <dt className="font-bold">{t('staff.selections.stage')}</dt>
        <dd data-testid="stage">{t(`selection.stages.${stage}`)}</dd>
        <dt className="font-bold">{t('staff.selections.window')}</dt>
        <dd>
          {formatDateTime(selection.votingOpensAt, locale)} — {formatDateTime(selection.votingClosesAt, locale)}
        </dd>
        <dt className="font-bold">{t('staff.selections.ballotsCast')}</dt>
        <dd className="num text-left">{format.number(selection.ballotsCast)}</dd>
        <dt className="font-bold">{t('staff.selections.candidateCount')}</dt>
        <dd className="num text-left">{candidates.length}</dd>
      </dl>
      <p>
        <Link href={`/selections/${selection.year}`}>{t('staff.selections.publicPage')}</Link>
      </p>
      {manage && (
        <>
          <StageSection selection={selection} actor={actor} confirm={confirm} at={at} />
          {/* Settings stay editable only while the command accepts them. */}
          {['draft', 'criteria', 'nomination', 'voting'].includes(selection.stage) && (
            <section className="space-y-2">
              <h2 className="text-xl font-bold">{t('staff.selections.settings')}</h2>
              <SelectionForm selection={selection} />
            </section>
          )}
        </>
      )}
    </div>
  );
}

const doneMessages: Record<string, string> = {
  ended: 'guards.endEarly.closed',
  endedBox: 'guards.endEarly.closedBox',
  endedBoxOpen: 'guards.endEarly.closedBoxOpen',
  endRequested: 'guards.endEarly.requested',
  endCancelled: 'guards.endEarly.cancelled',
};

/** The success notice a redirect asks for: a known key only, never text from the URL. */
function doneMessage(done: string): string | undefined {
  if (done.startsWith('stage-')) {
    const stage = done.slice('stage-'.length);
    return (selectionStages as readonly string[]).includes(stage) ? stage : undefined;
  }
  return doneMessages[done];
}
