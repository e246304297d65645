import { getTranslations } from 'next-intl/server';
import { ElectionSetupForm } from '@/components/staff/election/setup-form';
import { ElectionStatus } from '@/components/staff/election/status';
import { SelectionTabs } from '@/components/staff/selection/tabs';
import { ActionButton, ConfirmLink, ConfirmPanel } from '@/components/ui/confirm';
import { can } from '@/lib/auth/permissions';
import { now } from '@/lib/clock';
import { closeBallotBox, freezeSetup, setupElection } from '@/lib/election/actions';
import { getElectionPanel } from '@/lib/election/queries';
import { archivePath } from '@/lib/election/urls';
import { publicUrl } from '@/lib/env';
import { staffSelection } from '@/lib/selection/staff-page';
import { votingState } from '@/lib/selection/stages';

export default async function ElectionPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ confirm?: string; done?: string }>;
}) {
  const { actor, selection } = await staffSelection(params);
  const [t, { confirm, done }] = await Promise.all([getTranslations('election'), searchParams]);
  const here = `/staff/selections/${selection.id}/election`;
  const manage = can(actor.role, 'selection.manage') && actor.unitPath === null;
  const panel = getElectionPanel(selection.id);
  const phase = panel?.election.phase;
  const closed = votingState(selection, now()) === 'closed';
  return (
    <div className="space-y-6">
      <SelectionTabs selection={selection} current="electionTab" />
      <h2 className="text-2xl font-bold">{t('title')}</h2>
      {done === 'frozen' && (
        <p className="notice-success" role="status" data-testid="done">
          ✓ {t('freeze.done')}
        </p>
      )}
      {done === 'closed' && panel && (
        <p className="notice-success" role="status" data-testid="done">
          ✓ {t('close.done', { ballots: panel.election.numTallied ?? 0 })}
        </p>
      )}
      {selection.mode !== 'encrypted' && <p className="notice-info">{t('plainSelection')}</p>}
      {selection.mode === 'encrypted' && !panel && <p className="max-w-3xl">{t('intro')}</p>}
      {/* Always at this place, so the links it shows once survive the page's refresh after the setup. */}
      {selection.mode === 'encrypted' && manage && (
        <ElectionSetupForm
          setup={setupElection}
          owner={{ name: 'selectionId', id: selection.id }}
          publicUrl={publicUrl()}
          showForm={!panel}
        />
      )}
      {panel && <ElectionStatus panel={panel} manage={manage} publicUrl={publicUrl()} />}
      {panel && manage && (phase === 'keys' || phase === 'ready') && (
        <section className="space-y-2" aria-labelledby="freeze-heading">
          <h2 id="freeze-heading" className="text-xl font-bold">
            {t('freeze.heading')}
          </h2>
          <p className="max-w-3xl">{t('freeze.explain')}</p>
          {phase === 'ready' && panel.codes > 0 ? (
            confirm === 'freeze' ? (
              <ConfirmPanel
                action={freezeSetup}
                fields={{ selectionId: selection.id }}
                title={t('freeze.title')}
                consequences={[t('freeze.c1'), t('freeze.c2'), t('freeze.c3')]}
                confirmLabel={t('freeze.confirm')}
                cancelHref={here}
              />
            ) : (
              <ConfirmLink href={`${here}?confirm=freeze`}>{t('freeze.open')}</ConfirmLink>
            )
          ) : (
            <p className="notice-info">{t('freeze.waiting')}</p>
          )}
        </section>
      )}
      {panel && manage && phase === 'frozen' && closed && (
        <section className="space-y-2">
          <h2 className="text-xl font-bold">{t('close.heading')}</h2>
          <p className="max-w-3xl">{t('close.explain')}</p>
          <ActionButton action={closeBallotBox} fields={{ selectionId: selection.id }} label={t('close.submit')} className="btn-primary" />
        </section>
      )}
      {panel && phase === 'closed' && (
        <p className="notice-info" data-testid="decryptions">
          {t('close.received', { received: panel.decryptions, k: panel.election.threshold })}
        </p>
      )}
      {panel && phase === 'decrypted' && (
        <p className="notice-success" data-testid="decryptions">
          ✓ {t('close.decrypted')}
        </p>
      )}
      {panel && phase !== 'keys' && phase !== 'ready' && (
        <section className="space-y-2">
          <h2 className="text-xl font-bold">{t('archive.heading')}</h2>
          <p className="max-w-3xl">{t('archive.explain')}</p>
          <a href={archivePath(selection.year)} download className="btn-secondary" data-testid="archive-link">
            {t('archive.download')}
          </a>
        </section>
      )}
    </div>
  );
}
