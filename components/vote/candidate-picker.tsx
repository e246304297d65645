'use client';
import { useActionState, useState } from 'react';
import { useTranslations } from 'next-intl';
import { reviewChoices } from '@/lib/selection/vote-actions';
import { ActionForm, FormMessage, SubmitButton } from '@/components/ui/form';
import { useHydrated } from '@/components/ui/use-hydrated';
import type { BallotCandidate } from '@/lib/selection/queries';

/**
 * Plain checkboxes that work without JavaScript; with it, a live counter and a stop at the limit.
 * Without JavaScript nothing on the page can follow the ticks, so the counter states only the limit
 * (a count rendered by the server would go stale at the first tick).
 */
export function CandidatePicker({ candidates, max, chosen }: { candidates: BallotCandidate[]; max: number; chosen: number[] }) {
  const t = useTranslations('vote');
  const [state, action] = useActionState(reviewChoices, null);
  const kept =
    state && !state.ok && state.values?.candidates !== undefined ? state.values.candidates.split(',').filter(Boolean).map(Number) : chosen;
  const [picked, setPicked] = useState<Set<number>>(new Set(kept));
  const left = max - picked.size;
  const live = useHydrated();
  const toggle = (id: number, on: boolean) =>
    setPicked((prev) => {
      const next = new Set(prev);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });
  return (
    <ActionForm action={action} state={state} className="space-y-4">
      <FormMessage state={state} errorTitle={t('problem')} target="#candidates" />
      <p
        className="sticky top-0 z-10 bg-white py-2 text-lg font-bold border-b-2 border-[var(--color-ink)]"
        aria-live="polite"
        data-testid="counter"
      >
        {!live
          ? t('counterStatic', { max })
          : left >= 0
            ? t('counter', { chosen: picked.size, left, max })
            : t('counterOver', { chosen: picked.size, over: -left, max })}
      </p>
      <fieldset id="candidates" tabIndex={-1} className={state && !state.ok ? 'field-error' : undefined}>
        <legend className="sr-only">{t('chooseLegend', { max })}</legend>
        {state && !state.ok && (
          <p className="error-text mb-2">
            <span aria-hidden>⚠ </span>
            {state.message}
          </p>
        )}
        <ul className="space-y-2">
          {candidates.map((c) => {
            const checked = picked.has(c.id);
            return (
              <li key={c.id}>
                <label className={`candidate-option ${checked ? 'is-checked' : ''}`}>
                  <input
                    type="checkbox"
                    name="candidate"
                    value={c.id}
                    checked={checked}
                    disabled={live && !checked && left <= 0}
                    onChange={(e) => toggle(c.id, e.target.checked)}
                  />
                  <span>
                    <span className="block text-lg font-bold">{c.name}</span>
                    <span className="block">
                      {c.unit} · {c.position}
                    </span>
                  </span>
                  {checked && (
                    <span className="ml-auto font-bold whitespace-nowrap" aria-hidden>
                      ✓ {t('chosen')}
                    </span>
                  )}
                </label>
                <button type="submit" name="profile" value={c.id} className="link-button ml-4" aria-label={t('aboutOf', { name: c.name })}>
                  {t('about')}
                </button>
              </li>
            );
          })}
        </ul>
      </fieldset>
      <SubmitButton pendingLabel={t('checking')} className="btn-primary btn-large">
        {t('toReview')}
      </SubmitButton>
    </ActionForm>
  );
}
