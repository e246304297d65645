import { getTranslations } from 'next-intl/server';
import { GuardianProgressTable } from '@/components/election/progress-table';
import type { ElectionPanel } from '@/lib/election/queries';
import { ReissueButton } from './reissue-button';

/** Who has done which step of the ceremony; the organizer may replace a lost link. */
export async function ElectionStatus({ panel, manage, publicUrl }: { panel: ElectionPanel; manage: boolean; publicUrl: string }) {
  const t = await getTranslations('election');
  const { election } = panel;
  const reissue = manage
    ? Object.fromEntries(
        panel.guardians.map((g) => [g.position, <ReissueButton key={g.partyId} partyId={g.partyId} publicUrl={publicUrl} />]),
      )
    : undefined;
  return (
    <section className="space-y-3" aria-labelledby="status-heading">
      <h2 id="status-heading" className="text-xl font-bold">
        {t('status.heading')}
      </h2>
      <p>
        <strong>{t('status.phase')}：</strong>
        <span data-testid="election-phase">{t(`phases.${election.phase}`)}</span>
      </p>
      <p>{t('status.threshold', { k: election.threshold, n: election.guardians })}</p>
      <GuardianProgressTable guardians={panel.guardians} extra={reissue} />
      {panel.authority && (
        <div className="flex flex-wrap items-center gap-3">
          <p>
            {t('status.authority', { name: panel.authority.name })} ·{' '}
            <span data-testid="codes-registered">{t('status.batches', { codes: panel.codes, batches: panel.batches })}</span>
          </p>
          {manage && <ReissueButton partyId={panel.authority.partyId} publicUrl={publicUrl} />}
        </div>
      )}
    </section>
  );
}
