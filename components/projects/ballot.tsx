'use client';
import { startTransition, useActionState, useEffect, useMemo, useState, type FormEvent } from 'react';
import { useFormatter, useTranslations } from 'next-intl';
import { choicesFromSelection, encryptBallot } from '@/lib/belenios/ballot';
import { normalizeCredential } from '@/lib/belenios/credentials';
import { loadElection } from '@/lib/belenios/election';
import { castProjectBallot } from '@/lib/projects/public-actions';
import { FormMessage } from '@/components/ui/form';
import { CodeField } from '@/components/ui/code-field';
import { fromFragment } from '@/lib/election/urls';
import { moneyArgs } from '@/lib/projects/money';
import { Link } from '@/lib/i18n/navigation';

type Item = { id: number; title: string; community: string; place: string; problem: string; cost: number };

// Let the browser paint "encrypting…" before the sealing (a few hundred ms on a slow phone) runs.
const nextFrame = () => new Promise((resolve) => setTimeout(resolve, 30));

/**
 * The residents' ballot: the code, each project's cost beside the year's budget, a running total, at
 * most K choices. With JavaScript the ballot is sealed here (the code never leaves the device) after
 * the budget is checked; without it the form posts the code and the choice, which the server checks
 * against the rule and seals. Over-budget and over-K choices are refused whatever the page shows.
 */
export function ProjectBallot({
  callId,
  items,
  budget,
  maxChoices,
  electionRaw,
  answerIds,
}: {
  callId: number;
  items: Item[];
  budget: number;
  maxChoices: number;
  electionRaw: string;
  answerIds: number[];
}) {
  const t = useTranslations('projects.ballot');
  const tc = useTranslations('common');
  const format = useFormatter();
  const [state, action, sending] = useActionState(castProjectBallot, null);
  const [chosen, setChosen] = useState<number[]>([]);
  const [problem, setProblem] = useState<string | null>(null);
  const [sealing, setSealing] = useState(false);
  const ctx = useMemo(() => loadElection(electionRaw), [electionRaw]);
  const wan = (yuan: number) => t('wan', moneyArgs(yuan, format));
  const total = items.filter((i) => chosen.includes(i.id)).reduce((s, i) => s + i.cost, 0);
  const over = total > budget;

  useEffect(() => {
    // A slip's QR code carries the code in the fragment: fill it in, then drop it from the address bar.
    const code = fromFragment(window.location.hash);
    const field = document.getElementById('code');
    if (!code || !(field instanceof HTMLInputElement)) return;
    field.value = code;
    window.history.replaceState(null, '', window.location.pathname + window.location.search);
  }, []);

  if (state?.ok && state.data)
    return (
      <div className="notice-success space-y-2" role="status" data-testid="ballot-cast">
        <p className="text-xl font-bold">✓ {t('castTitle')}</p>
        <p>{t('tracker')}</p>
        <p className="long-code" data-testid="tracker">
          {state.data.tracker}
        </p>
        <p>
          <Link href={`/projects/calls/${callId}/ballots?${new URLSearchParams({ q: state.data.tracker })}`}>{t('findMine')}</Link>
        </p>
      </div>
    );

  async function sealOnDevice(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setProblem(null);
    const code = normalizeCredential(String(new FormData(event.currentTarget).get('code') ?? ''));
    if (chosen.length === 0) return setProblem(t('problems.empty'));
    if (over) return setProblem(t('problems.overBudget'));
    if (!code) return setProblem(t('badCode'));
    const choices = choicesFromSelection(ctx, [chosen.map((id) => answerIds.indexOf(id))]);
    if (!choices) return setProblem(t('problems.notOnBallot'));
    setSealing(true);
    await nextFrame();
    const { ballot } = encryptBallot(ctx, code, choices);
    setSealing(false);
    const form = new FormData();
    form.set('callId', String(callId));
    form.set('ballot', ballot);
    startTransition(() => action(form));
  }

  const busy = sealing || sending;
  return (
    <form action={action} onSubmit={sealOnDevice} className="space-y-4" noValidate>
      <div aria-live="polite">
        {problem ? (
          <div className="error-summary" role="alert">
            <p className="font-bold">{tc('errorTitle')}</p>
            <p>{problem}</p>
          </div>
        ) : (
          <FormMessage state={state} errorTitle={tc('errorTitle')} />
        )}
      </div>
      <input type="hidden" name="callId" value={callId} />
      <CodeField id="code" label={t('codeLabel')} hint={t('codeHint')} invalid={Boolean(state && !state.ok)} />
      <div className="sticky top-0 z-10 border-2 bg-white p-3" aria-live="polite" data-testid="ballot-total">
        <p className="text-lg font-bold">{t('total', { total: wan(total), budget: wan(budget) })}</p>
        <p className={over ? 'error-text' : 'hint'}>
          {over ? t('overBudget') : t('left', { left: wan(budget - total), chosen: chosen.length, max: maxChoices })}
        </p>
      </div>
      <ul className="space-y-3">
        {items.map((item) => {
          const on = chosen.includes(item.id);
          return (
            <li key={item.id} className={`border-2 p-3 ${on ? 'border-[var(--color-ok)]' : ''}`}>
              <label className="flex items-start gap-3 min-h-11">
                <input
                  type="checkbox"
                  name="choice[]"
                  value={item.id}
                  checked={on}
                  disabled={!on && chosen.length >= maxChoices}
                  onChange={(e) => setChosen((list) => (e.target.checked ? [...list, item.id] : list.filter((x) => x !== item.id)))}
                  className="mt-1 h-6 w-6"
                />
                <span className="flex-1">
                  <span className="block text-lg font-bold">{item.title}</span>
                  <span className="block hint">
                    {item.community}
                    {item.place ? ` · ${item.place}` : ''}
                  </span>
                  <span className="block">{item.problem}</span>
                </span>
                <span className="num whitespace-nowrap text-lg font-bold">
                  {wan(item.cost)}
                  <span className="block text-sm font-normal">
                    {t('share', { share: format.number(item.cost / budget, { style: 'percent', maximumFractionDigits: 1 }) })}
                  </span>
                </span>
              </label>
            </li>
          );
        })}
      </ul>
      <p className="hint">{t('sealNote')}</p>
      <button type="submit" className="btn-primary btn-large" disabled={busy}>
        {sealing ? t('sealing') : sending ? t('sending') : t('submit')}
      </button>
    </form>
  );
}
