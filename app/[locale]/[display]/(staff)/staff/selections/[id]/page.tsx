import { Link } from '@/lib/i18n/navigation';
import { getLocale, getTranslations } from 'next-intl/server';
import { SelectionForm } from '@/components/staff/selection/selection-form';
import { StageButtons } from '@/components/staff/selection/small-forms';
import { SelectionTabs } from '@/components/staff/selection/tabs';
import { can } from '@/lib/auth/permissions';
import { now } from '@/lib/clock';
import { formatDateTime } from '@/lib/selection/dates';
import { listCandidates } from '@/lib/selection/queries';
import { effectiveStage, nextStage, previousStage } from '@/lib/selection/stages';
import { staffSelection } from '@/lib/selection/staff-page';

export default async function StaffSelectionPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ saved?: string }>;
}) {
  const { actor, selection } = await staffSelection(params);
  const [t, locale, { saved }] = await Promise.all([getTranslations(), getLocale(), searchParams]);
  const manage = can(actor.role, 'selection.manage') && actor.unitPath === null;
  const stage = effectiveStage(selection, now());
  const candidates = listCandidates(selection.id);
  return (
    <div className="space-y-6">
      <SelectionTabs selection={selection} current="overview" />
      {saved && <p className="notice-success">✓ {t('common.saved')}</p>}
      <dl className="grid gap-2 sm:grid-cols-2 max-w-3xl">
        <dt className="font-bold">{t('staff.selections.stage')}</dt>
        <dd data-testid="stage">{t(`selection.stages.${stage}`)}</dd>
        <dt className="font-bold">{t('staff.selections.window')}</dt>
        <dd>
          {formatDateTime(selection.votingOpensAt, locale)} — {formatDateTime(selection.votingClosesAt, locale)}
        </dd>
        <dt className="font-bold">{t('staff.selections.ballotsCast')}</dt>
        <dd className="num text-left">{selection.ballotsCast.toLocaleString('zh-CN')}</dd>
        <dt className="font-bold">{t('staff.selections.candidateCount')}</dt>
        <dd className="num text-left">{candidates.length}</dd>
      </dl>
      <p>
        <Link href={`/selections/${selection.year}`}>{t('staff.selections.publicPage')}</Link>
      </p>
      {manage && (
        <>
          <section className="space-y-2">
            <h2 className="text-xl font-bold">{t('staff.selections.stageTitle')}</h2>
            <p>{t('staff.selections.stageHelp')}</p>
            <StageButtons
              id={selection.id}
              canNext={Boolean(nextStage[selection.stage])}
              canBack={Boolean(previousStage[selection.stage])}
            />
          </section>
          <section className="space-y-2">
            <h2 className="text-xl font-bold">{t('staff.selections.settings')}</h2>
            <SelectionForm selection={selection} />
          </section>
        </>
      )}
    </div>
  );
}
