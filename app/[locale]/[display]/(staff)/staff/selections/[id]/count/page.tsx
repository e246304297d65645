import { Link } from '@/lib/i18n/navigation';
import { eq } from 'drizzle-orm';
import { getTranslations } from 'next-intl/server';
import { db } from '@/db';
import { publications } from '@/db/schema';
import { CommendationForm, ConfirmPublicationForm, PublishForm } from '@/components/staff/selection/publish-forms';
import { RankingTable } from '@/components/selection/ranking-table';
import { SelectionTabs } from '@/components/staff/selection/tabs';
import { ConfirmLink } from '@/components/ui/confirm';
import { otherOrganizers } from '@/lib/selection/organizers';
import { can } from '@/lib/auth/permissions';
import { now } from '@/lib/clock';
import { countSelection } from '@/lib/selection/publish';
import { effectiveStage, votingEverOpened } from '@/lib/selection/stages';
import { staffSelection } from '@/lib/selection/staff-page';

export default async function CountPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ confirm?: string; done?: string }>;
}) {
  const { actor, selection } = await staffSelection(params);
  const [t, { confirm, done }] = await Promise.all([getTranslations(), searchParams]);
  const here = `/staff/selections/${selection.id}/count`;
  const manage = can(actor.role, 'selection.manage') && actor.unitPath === null;
  const stage = effectiveStage(selection, now());
  const publication = db().select().from(publications).where(eq(publications.selectionId, selection.id)).get();
  // Before publication the count is for organizers only: the embargo holds inside the office too.
  const mayCount = stage === 'counting' ? manage : stage === 'published' || stage === 'archived';
  if (!mayCount) {
    return (
      <div className="space-y-6">
        <SelectionTabs selection={selection} current="countTab" />
        <p className="notice-info">{t(stage === 'counting' ? 'staff.count.organizersOnly' : 'staff.count.notYet')}</p>
      </div>
    );
  }
  const { tally, problems } = countSelection(db(), selection.id);
  const pending = publication && !publication.publishedAt && publication.requestedBy;
  const second = manage && otherOrganizers(db(), actor.id) > 0;
  const consequences = [
    t('guards.publish.consequence', { ballots: tally.ballotsCast }),
    t('guards.confirm.irreversible'),
    ...(second && !pending ? [t('guards.publish.secondNeeded')] : []),
  ];
  return (
    <div className="space-y-6">
      <SelectionTabs selection={selection} current="countTab" />
      {done === 'requested' && !publication?.publishedAt && (
        <p className="notice-success" role="status" data-testid="done">
          ✓ {t('staff.count.awaitingConfirmation')}
        </p>
      )}
      {publication?.publishedAt && (
        <p className="notice-success" role="status">
          ✓ {t('staff.count.publishedNotice')} <Link href={`/selections/${selection.year}`}>{t('staff.selections.publicPage')}</Link>
        </p>
      )}
      <section className="space-y-2">
        <h2 className="text-xl font-bold">{t('staff.count.checkTitle')}</h2>
        {problems.length === 0 ? (
          <p className="notice-success" data-testid="count-check">
            ✓ {t('staff.count.checkOk', { ballots: tally.ballotsCast })}
          </p>
        ) : (
          <div className="error-summary" data-testid="count-check">
            <p className="font-bold">{t('staff.count.checkFailed')}</p>
            <ul className="list-disc pl-6">
              {problems.map((p, i) => (
                <li key={i}>{t(`staff.count.problem.${p.what}`, { expected: p.expected, found: p.found, id: p.candidateId ?? '' })}</li>
              ))}
            </ul>
          </div>
        )}
      </section>
      <section className="space-y-2">
        <h2 className="text-xl font-bold">{t('staff.count.tallyTitle')}</h2>
        <RankingTable tally={tally} markTies />
      </section>
      {manage && stage === 'counting' && !votingEverOpened(selection, now()) && (
        <p className="notice-info" data-testid="never-opened">
          {t('guards.errors.votingNotOpened')}
        </p>
      )}
      {manage && stage === 'counting' && problems.length === 0 && votingEverOpened(selection, now()) && (
        <section className="space-y-2">
          <h2 className="text-xl font-bold">{t('staff.count.publishTitle')}</h2>
          {pending ? (
            <>
              <p className="notice-info">{t('staff.count.awaitingConfirmation')}</p>
              {confirm === 'publish-confirm' ? (
                <ConfirmPublicationForm
                  id={selection.id}
                  confirm={{ title: t('guards.publish.confirmOtherTitle'), consequences, cancelHref: here }}
                />
              ) : (
                <ConfirmLink href={`${here}?confirm=publish-confirm`}>{t('guards.publish.confirmTrigger')}</ConfirmLink>
              )}
            </>
          ) : (
            <>
              <p>{t('staff.count.publishHelp')}</p>
              {confirm === 'publish' ? (
                <PublishForm
                  id={selection.id}
                  tied={tally.candidates.filter((c) => tally.tiedIds.includes(c.id)).map((c) => ({ id: c.id, name: c.name }))}
                  confirm={{ title: t('guards.publish.confirmTitle', { year: selection.year }), consequences, cancelHref: here }}
                />
              ) : (
                <ConfirmLink href={`${here}?confirm=publish`}>{t('guards.publish.trigger')}</ConfirmLink>
              )}
            </>
          )}
        </section>
      )}
      {manage && publication?.publishedAt && (
        <section className="space-y-2">
          <h2 className="text-xl font-bold">{t('staff.count.commendationTitle')}</h2>
          <CommendationForm id={selection.id} values={publication} />
        </section>
      )}
    </div>
  );
}
