'use client';
import { useActionState, useState } from 'react';
import { useFormatter, useTranslations } from 'next-intl';
import { castProjectBallot } from '@/lib/projects/public-actions';
import { ActionForm, FormMessage, SubmitButton } from '@/components/ui/form';
import { moneyArgs } from '@/lib/projects/money';

type Item = { id: number; title: string; community: string; place: string; problem: string; cost: number };

/**
 * The residents' ballot: each project's cost beside the year's budget, a running total, at most K
 * choices. Over-budget and over-K choices are refused by the server whatever the page shows.
 */
export function ProjectBallot({
  callId,
  items,
  budget,
  maxChoices,
}: {
  callId: number;
  items: Item[];
  budget: number;
  maxChoices: number;
}) {
  const t = useTranslations('projects.ballot');
  const tc = useTranslations('common');
  const format = useFormatter();
  const [state, action] = useActionState(castProjectBallot, null);
  const [chosen, setChosen] = useState<number[]>([]);
  const wan = (yuan: number) => t('wan', moneyArgs(yuan, format));
  const total = items.filter((i) => chosen.includes(i.id)).reduce((s, i) => s + i.cost, 0);
  const over = total > budget;
  return (
    <ActionForm action={action} className="space-y-4">
      <FormMessage state={state} errorTitle={tc('errorTitle')} />
      <input type="hidden" name="callId" value={callId} />
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
      <SubmitButton pendingLabel={t('sending')} className="btn-primary btn-large">
        {t('submit')}
      </SubmitButton>
    </ActionForm>
  );
}
