import { getTranslations } from 'next-intl/server';
import { ElectionSetupForm } from '@/components/staff/election/setup-form';
import { ElectionStatus } from '@/components/staff/election/status';
import { ActionButton } from '@/components/ui/confirm';
import type { ProjectCall } from '@/db/schema';
import { getCallElectionPanel } from '@/lib/election/queries';
import { callArchivePath } from '@/lib/election/urls';
import { publicUrl } from '@/lib/env';
import { closeCallBallotBox, setupCallElection } from '@/lib/projects/actions';

/**
 * The encrypted election of a residents' call, on the call's staff page: the same guardians' and
 * credential authority's setup as a selection's, frozen when the vote opens, closed here, decrypted
 * by the guardians on their own pages.
 */
export async function CallElection({ call, manage }: { call: ProjectCall; manage: boolean }) {
  const [t, te] = await Promise.all([getTranslations('projectsStaff.election'), getTranslations('election')]);
  const panel = getCallElectionPanel(call.id);
  const phase = panel?.election.phase;
  const settingUp = ['draft', 'proposals', 'screening'].includes(call.stage);
  return (
    <section aria-labelledby="election-heading" className="space-y-4 border-2 p-3" data-testid="call-election">
      <h2 id="election-heading" className="text-xl font-bold">
        {t('heading')}
      </h2>
      <p className="max-w-3xl">{t('intro')}</p>
      {manage && settingUp && (
        <ElectionSetupForm setup={setupCallElection} owner={{ name: 'callId', id: call.id }} publicUrl={publicUrl()} showForm={!panel} />
      )}
      {!panel && !settingUp && <p className="notice-info">{t('none')}</p>}
      {panel && <ElectionStatus panel={panel} manage={manage} publicUrl={publicUrl()} />}
      {panel && settingUp && (
        <p className="notice-info" data-testid="election-ready">
          {phase === 'ready' && panel.codes > 0 ? t('ready') : t('waiting')}
        </p>
      )}
      {panel && manage && call.stage === 'voting' && phase === 'frozen' && (
        <div className="space-y-2">
          <p className="max-w-3xl">{t('closeExplain')}</p>
          <ActionButton action={closeCallBallotBox} fields={{ id: call.id }} label={t('close')} className="btn-primary" />
        </div>
      )}
      {panel && phase === 'closed' && (
        <p className="notice-info" data-testid="decryptions">
          {te('close.received', { received: panel.decryptions, k: panel.election.threshold })}
        </p>
      )}
      {panel && phase === 'decrypted' && (
        <p className="notice-success" data-testid="decryptions">
          ✓ {t('decrypted')}
        </p>
      )}
      {panel && phase !== 'keys' && phase !== 'ready' && (
        <p>
          <a href={callArchivePath(call.id)} download className="btn-secondary" data-testid="archive-link">
            {te('archive.download')}
          </a>
        </p>
      )}
    </section>
  );
}
