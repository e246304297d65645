'use client';
import { useActionState, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslations } from 'next-intl';
import { enterForms } from '@/lib/reviews/actions';
import { dimensions } from '@/lib/enums';
import { ActionForm, FormMessage, SubmitButton } from '@/components/ui/form';
import type { ActionResult } from '@/lib/action/core';

type GridResult = { saved: number; errors: { row: number; dimension: (typeof dimensions)[number]; value: string }[] };

const KEYS: Record<string, string> = { '1': '1', '2': '2', '3': '3', '4': '4', A: '1', B: '2', C: '3', D: '4' };
const START_ROWS = 5;

/**
 * Paper forms typed at speed: a grade key fills the cell and moves on, a full row opens the next.
 * Without JavaScript it is a plain table of inputs that posts the same `cells[]` list.
 * `batchKey` changes once a batch is saved (the page's form count), which clears the rows.
 */
export function PaperGrid({ meetingId, batchKey }: { meetingId: number; batchKey: number }) {
  const t = useTranslations('reviews');
  const tc = useTranslations('common');
  const [state, action] = useActionState(enterForms, null);
  const result = state?.ok ? (state.data as GridResult | undefined) : undefined;
  const bad = new Set(result?.errors.map((e) => `${e.row - 1}:${dimensions.indexOf(e.dimension)}`));
  const summary: ActionResult | null = state && !state.ok ? state : null;
  return (
    <ActionForm action={action} aria-label={t('grid.title')} className="space-y-3">
      <FormMessage state={summary} errorTitle={tc('errorTitle')} />
      <div aria-live="polite" role="status">
        {result && result.saved > 0 && <p className="notice-success">✓ {t('grid.saved', { count: result.saved })}</p>}
        {result && result.errors.length > 0 && (
          <div className="error-summary" role="alert">
            <p className="font-bold">{t('grid.refused', { count: result.errors.length })}</p>
            <ul className="list-disc pl-6">
              {result.errors.map((e) => (
                <li key={`${e.row}-${e.dimension}`}>
                  <a href={`#cell-${e.row - 1}-${dimensions.indexOf(e.dimension)}`}>
                    {t('grid.cellError', { row: e.row, dimension: t(`dimensions.${e.dimension}`), value: e.value || t('grid.blank') })}
                  </a>
                </li>
              ))}
            </ul>
          </div>
        )}
      </div>
      <input type="hidden" name="meetingId" value={meetingId} />
      <GridRows key={batchKey} bad={bad} />
      <SubmitButton pendingLabel={tc('saving')}>{t('grid.save')}</SubmitButton>
    </ActionForm>
  );
}

function GridRows({ bad }: { bad: Set<string> }) {
  const t = useTranslations('reviews');
  const [rows, setRows] = useState<string[][]>(() => Array.from({ length: START_ROWS }, () => dimensions.map(() => '')));
  const table = useRef<HTMLTableElement>(null);
  // Focus moves at once, so a fast typist's next key lands in the next cell; a row that React has
  // not drawn yet is focused on the next frame.
  const focus = (r: number, d: number) => {
    const find = () => table.current?.querySelector<HTMLInputElement>(`#cell-${r}-${d}`);
    const cell = find();
    if (cell) cell.focus();
    else requestAnimationFrame(() => find()?.focus());
  };

  const put = (r: number, d: number, value: string) => {
    setRows((prev) => {
      const next = prev.map((row, i) => (i === r ? row.map((c, j) => (j === d ? value : c)) : row));
      // Always keep one blank row at the end to type into.
      if (r === next.length - 1 && next[r]!.some((c) => c !== '')) next.push(dimensions.map(() => ''));
      return next;
    });
  };
  const advance = (r: number, d: number) => (d < dimensions.length - 1 ? focus(r, d + 1) : focus(r + 1, 0));

  const onKeyDown = (r: number, d: number) => (event: KeyboardEvent<HTMLInputElement>) => {
    const grade = KEYS[event.key.toUpperCase()];
    if (grade && !event.ctrlKey && !event.metaKey && !event.altKey) {
      event.preventDefault();
      put(r, d, grade);
      advance(r, d);
    } else if (event.key === 'Enter') {
      event.preventDefault();
      advance(r, d);
    } else if (event.key === 'Backspace' && rows[r]![d] === '' && (r > 0 || d > 0)) {
      event.preventDefault();
      focus(d > 0 ? r : r - 1, d > 0 ? d - 1 : dimensions.length - 1);
    }
  };
  const filled = rows.filter((row) => row.every((c) => c !== '')).length;

  return (
    <div className="overflow-x-auto">
      <table className="data-table" ref={table}>
        <caption className="text-left pb-2">
          {t('grid.help')} <span className="font-bold">{t('grid.filled', { count: filled })}</span>
        </caption>
        <thead>
          <tr>
            <th scope="col">#</th>
            {dimensions.map((d) => (
              <th scope="col" key={d} style={{ textAlign: 'center' }}>
                {t(`dimensions.${d}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row, r) => (
            <tr key={r}>
              <th scope="row" className="num">
                {r + 1}
              </th>
              {row.map((cell, d) => (
                <td key={d} style={{ textAlign: 'center' }}>
                  <input
                    id={`cell-${r}-${d}`}
                    name="cells[]"
                    value={cell}
                    onChange={(e) => put(r, d, KEYS[e.target.value.slice(-1).toUpperCase()] ?? e.target.value.slice(-1))}
                    onKeyDown={onKeyDown(r, d)}
                    maxLength={2}
                    autoComplete="off"
                    inputMode="numeric"
                    aria-label={t('grid.cell', { n: r + 1, dimension: t(`dimensions.${dimensions[d]}`) })}
                    aria-invalid={bad.has(`${r}:${d}`)}
                    style={{ textAlign: 'center' }}
                    className={`w-12 h-11 text-lg border-2 ${bad.has(`${r}:${d}`) ? 'border-[var(--color-accent)] bg-red-50' : 'border-[var(--color-ink)] bg-white'}`}
                  />
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
