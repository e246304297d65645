'use client';
import { useActionState, useState } from 'react';
import { useTranslations } from 'next-intl';
import { reviewChoices } from '@/lib/selection/vote-actions';
import { ActionForm, FormMessage, SubmitButton } from '@/components/ui/form';
import type { BallotCandidate } from '@/lib/selection/queries';
import { CandidateList, toggled } from './candidate-list';

/** Plain checkboxes that work without JavaScript; with it, a live counter and a stop at the limit. */
export function CandidatePicker({ candidates, max, chosen }: { candidates: BallotCandidate[]; max: number; chosen: number[] }) {
  const t = useTranslations('vote');
  const [state, action] = useActionState(reviewChoices, null);
  const kept =
    state && !state.ok && state.values?.candidates !== undefined ? state.values.candidates.split(',').filter(Boolean).map(Number) : chosen;
  const [picked, setPicked] = useState<Set<number>>(new Set(kept));
  return (
    <ActionForm action={action} state={state} className="space-y-4">
      <FormMessage state={state} errorTitle={t('problem')} target="#candidates" />
      <CandidateList
        candidates={candidates}
        max={max}
        picked={picked}
        onToggle={(id, on) => setPicked((prev) => toggled(prev, id, on))}
        error={state && !state.ok ? state.message : null}
        about={(c) => (
          <button type="submit" name="profile" value={c.id} className="link-button ml-4" aria-label={t('aboutOf', { name: c.name })}>
            {t('about')}
          </button>
        )}
      />
      <SubmitButton pendingLabel={t('checking')} className="btn-primary btn-large">
        {t('toReview')}
      </SubmitButton>
    </ActionForm>
  );
}
