import { Link } from '@/lib/i18n/navigation';
import { getLocale, getTranslations } from 'next-intl/server';
import type { Selection } from '@/db/schema';
import { ActionButton, ConfirmLink, ConfirmPanel } from '@/components/ui/confirm';
import type { Actor } from '@/lib/auth/permissions';
import { db } from '@/db';
import { cancelEndVotingEarly, confirmEndVotingEarly, endVotingEarly, setStage } from '@/lib/selection/actions';
import { formatDateTime } from '@/lib/selection/dates';
import { otherOrganizers } from '@/lib/selection/organizers';
import { electionOf } from '@/lib/election/store';
import { getEarlyClosure } from '@/lib/selection/queries';
import { stageFacts } from '@/lib/selection/stage-facts';
import { nextStage, previousStage, stageMoveRefusal, votingState } from '@/lib/selection/stages';

/**
 * Moving a selection on, each step named by where it goes and confirmed on its own step; ending an
 * open vote early is a separate act with a reason and, where the district has two organizers, a second one.
 */
export async function StageSection({ selection, actor, confirm, at }: { selection: Selection; actor: Actor; confirm?: string; at: Date }) {
  const [t, locale] = await Promise.all([getTranslations(), getLocale()]);
  const when = (d: Date) => formatDateTime(d, locale);
  const here = `/staff/selections/${selection.id}`;
  const stageName = (s: string) => t(`selection.stages.${s}`);
  const next = nextStage[selection.stage];
  const back = previousStage[selection.stage];
  const open = votingState(selection, at) === 'open';
  const refusal = next ? stageMoveRefusal(selection, next, stageFacts(db(), selection.id), at) : null;
  const closure = getEarlyClosure(selection.id);
  const pending = closure && !closure.closure.closedAt ? closure : undefined;
  const consequence = (s: string) =>
    t(`guards.stage.consequence.${s}`, { opensAt: when(selection.votingOpensAt), closesAt: when(selection.votingClosesAt) });
  return (
    <section className="space-y-3" aria-labelledby="stage-title">
      <h2 id="stage-title" className="text-xl font-bold">
        {t('staff.selections.stageTitle')}
      </h2>
      <p>{t('staff.selections.stageHelp')}</p>
      {closure?.closure.closedAt && (
        <p className="notice-info">
          {t('guards.endEarly.record', {
            at: when(closure.closure.closedAt),
            planned: when(closure.closure.plannedClosesAt),
            reason: closure.closure.reason,
          })}
          {selection.mode === 'encrypted' && <BoxState selectionId={selection.id} ballots={selection.ballotsCast} />}
        </p>
      )}
      {next && !open && !refusal && confirm !== 'stage' && (
        <ConfirmLink href={`${here}?confirm=stage`}>{t('guards.stage.moveTo', { stage: stageName(next) })}</ConfirmLink>
      )}
      {next && !open && refusal && (
        <div className="notice-info" data-testid="stage-blocked">
          <p className="font-bold">{t('guards.stage.blocked', { stage: stageName(next) })}</p>
          <p>{t(refusal)}</p>
          {refusal === 'guards.errors.undecidedNominations' && (
            <Link href={`${here}/nominations`}>{t('guards.stage.nominationsLink')}</Link>
          )}
        </div>
      )}
      {next && confirm === 'stage' && !refusal && (
        <ConfirmPanel
          action={setStage}
          fields={{ id: selection.id, direction: 'next', to: next }}
          title={t('guards.stage.confirmTitle', { stage: stageName(next) })}
          consequences={[consequence(next), previousStage[next] ? t(`guards.stage.back.${next}`) : t('guards.confirm.irreversible')]}
          confirmLabel={t('guards.stage.confirmLabel', { stage: stageName(next) })}
          cancelHref={here}
        />
      )}
      {back && (
        <ActionButton
          action={setStage}
          fields={{ id: selection.id, direction: 'back', to: back, confirmed: 'yes' }}
          label={t('guards.stage.backTo', { stage: stageName(back) })}
        />
      )}
      {open && <EndEarly selection={selection} actor={actor} confirm={confirm} pending={pending} when={when} />}
    </section>
  );
}

async function EndEarly({
  selection,
  actor,
  confirm,
  pending,
  when,
}: {
  selection: Selection;
  actor: Actor;
  confirm?: string;
  pending?: NonNullable<ReturnType<typeof getEarlyClosure>>;
  when: (d: Date) => string;
}) {
  const [t, g] = await Promise.all([getTranslations('guards.endEarly'), getTranslations('guards')]);
  const here = `/staff/selections/${selection.id}`;
  const consequence = [
    t('consequence', { ballots: selection.ballotsCast }),
    ...(selection.mode === 'encrypted' ? [t('consequenceBox')] : []),
  ];
  if (pending) {
    const mine = pending.closure.requestedBy === actor.id;
    return (
      <div className="space-y-3" data-testid="end-early">
        <h3 className="text-lg font-bold">{t('title')}</h3>
        <p className="notice-info">
          {t('pending', { name: pending.requestedByName, at: when(pending.closure.requestedAt), reason: pending.closure.reason })}{' '}
          {t('pendingWait')}
        </p>
        {!mine && confirm !== 'end-early-confirm' && (
          <ConfirmLink href={`${here}?confirm=end-early-confirm`}>{t('confirmOther')}</ConfirmLink>
        )}
        {!mine && confirm === 'end-early-confirm' && (
          <ConfirmPanel
            action={confirmEndVotingEarly}
            fields={{ id: selection.id }}
            title={t('confirmTitle')}
            consequences={[
              ...consequence,
              g('confirm.irreversible'),
              t('pending', { name: pending.requestedByName, at: when(pending.closure.requestedAt), reason: pending.closure.reason }),
            ]}
            confirmLabel={t('confirmLabel')}
            cancelHref={here}
          />
        )}
        <ActionButton action={cancelEndVotingEarly} fields={{ id: selection.id, confirmed: 'yes' }} label={t('cancelRequest')} />
      </div>
    );
  }
  const second = otherOrganizers(db(), actor.id) > 0;
  return (
    <div className="space-y-3" data-testid="end-early">
      <h3 className="text-lg font-bold">{t('title')}</h3>
      <p>{t('help', { closesAt: when(selection.votingClosesAt) })}</p>
      {confirm === 'end-early' ? (
        <ConfirmPanel
          action={endVotingEarly}
          fields={{ id: selection.id }}
          title={t('title')}
          consequences={[...consequence, g('confirm.irreversible'), ...(second ? [t('secondNeeded')] : [])]}
          confirmLabel={t('confirmLabel')}
          cancelHref={here}
          reason={{ label: t('reason'), hint: t('reasonHint') }}
        />
      ) : (
        <ConfirmLink href={`${here}?confirm=end-early`}>{t('trigger')}</ConfirmLink>
      )}
    </div>
  );
}

/** After an early end: whether the encrypted ballot box closed with the vote (it does unless its count failed). */
async function BoxState({ selectionId, ballots }: { selectionId: number; ballots: number }) {
  const t = await getTranslations('guards.endEarly');
  const closed = electionOf(db(), selectionId)?.phase !== 'frozen';
  return (
    <span className="block mt-1 font-bold" data-testid="box-state">
      {closed ? t('boxClosed', { ballots }) : t('boxOpen')}
    </span>
  );
}
