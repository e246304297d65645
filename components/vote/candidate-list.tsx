'use client';
import type { ReactNode } from 'react';
import { useTranslations } from 'next-intl';
import { useHydrated } from '@/components/ui/use-hydrated';
import type { BallotCandidate } from '@/lib/selection/queries';

/**
 * The ballot itself, the same for every way of voting: the counter, one big checkbox per candidate
 * (a stop at the limit) and, beside each, a way to read about them (`about`). The page above it says
 * the order. Without JavaScript nothing on the page can follow the ticks, so the counter states only
 * the limit (a count rendered by the server would go stale at the first tick). `error` is the
 * problem with the choice, shown on the list, which takes focus (`#candidates`).
 */
export function CandidateList({
  candidates,
  max,
  picked,
  onToggle,
  about,
  error,
}: {
  candidates: Pick<BallotCandidate, 'id' | 'name' | 'unit' | 'position'>[];
  max: number;
  picked: Set<number>;
  onToggle: (id: number, on: boolean) => void;
  about: (c: { id: number; name: string }) => ReactNode;
  error?: string | null;
}) {
  const t = useTranslations('vote');
  const left = max - picked.size;
  const live = useHydrated();
  return (
    <>
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
      <fieldset id="candidates" tabIndex={-1} className={error ? 'field-error' : undefined}>
        <legend className="sr-only">{t('chooseLegend', { max })}</legend>
        {error && (
          <p className="error-text mb-2">
            <span aria-hidden>⚠ </span>
            {error}
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
                    onChange={(e) => onToggle(c.id, e.target.checked)}
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
                {about(c)}
              </li>
            );
          })}
        </ul>
      </fieldset>
    </>
  );
}

/** A set toggled one id at a time, as the ballot's checkboxes change it. */
export function toggled(prev: Set<number>, id: number, on: boolean): Set<number> {
  const next = new Set(prev);
  if (on) next.add(id);
  else next.delete(id);
  return next;
}
