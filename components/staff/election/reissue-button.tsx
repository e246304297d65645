'use client';
import { useActionState } from 'react';
import { useTranslations } from 'next-intl';
import { ActionForm, FormMessage, SubmitButton } from '@/components/ui/form';
import { reissueLink } from '@/lib/election/actions';
import { PartyLinks, type PartyLink } from './party-links';

/** A lost link replaced: the old one stops working at once, the new one is shown here once. */
export function ReissueButton({ partyId, publicUrl }: { partyId: number; publicUrl: string }) {
  const t = useTranslations();
  const [state, action] = useActionState(reissueLink, null);
  if (state?.ok && state.data) return <PartyLinks links={[(state.data as { link: PartyLink }).link]} publicUrl={publicUrl} />;
  return (
    <ActionForm action={action}>
      <FormMessage state={state} errorTitle={t('common.errorTitle')} />
      <input type="hidden" name="partyId" value={partyId} />
      <SubmitButton pendingLabel={t('common.saving')} className="btn-secondary">
        {t('election.status.reissue')}
      </SubmitButton>
    </ActionForm>
  );
}
