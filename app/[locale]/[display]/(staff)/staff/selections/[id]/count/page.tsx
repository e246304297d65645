import { Link } from '@/lib/i18n/navigation';
import { eq } from 'drizzle-orm';
import { getTranslations } from 'next-intl/server';
import { db } from '@/db';
import { publications } from '@/db/schema';
import { CommendationForm, ConfirmPublicationForm, PublishForm } from '@/components/staff/selection/publish-forms';
import { RankingTable } from '@/components/selection/ranking-table';
import { SelectionTabs } from '@/components/staff/selection/tabs';
import { can } from '@/lib/auth/permissions';
import { now } from '@/lib/clock';
import { countSelection } from '@/lib/selection/publish';
import { effectiveStage } from '@/lib/selection/stages';
import { staffSelection } from '@/lib/selection/staff-page';

export default async function CountPage({ params }: { params: Promise<{ id: string }> }) {
  const { actor, selection } = await staffSelection(params);
  const t = await getTranslations();
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
  return (
    <div className="space-y-6">
      <SelectionTabs selection={selection} current="countTab" />
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
      {manage && stage === 'counting' && problems.length === 0 && (
        <section className="space-y-2">
          <h2 className="text-xl font-bold">{t('staff.count.publishTitle')}</h2>
          {pending ? (
            <>
              <p className="notice-info">{t('staff.count.awaitingConfirmation')}</p>
              <ConfirmPublicationForm id={selection.id} />
            </>
          ) : (
            <>
              <p>{t('staff.count.publishHelp')}</p>
              <PublishForm
                id={selection.id}
                tied={tally.candidates.filter((c) => tally.tiedIds.includes(c.id)).map((c) => ({ id: c.id, name: c.name }))}
              />
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
