'use client';
import { useActionState, useState } from 'react';
import { useTranslations } from 'next-intl';
import { inspectionMethods } from '@/lib/enums';
import { recordInspection } from '@/lib/inspections/actions';
import { ActionForm, Field, FormMessage, SelectField, SubmitButton, fieldError } from '@/components/ui/form';

type OfficialChoice = { id: number; name: string; position: string; unitName: string };

/**
 * Works without JavaScript (three official rows, two recommendation rows; blank ones are ignored);
 * with it, rows can be added and a filter narrows the official lists by name, unit or position.
 */
export function InspectionForm({
  sites,
  officials,
  today,
  siteId,
}: {
  sites: { id: number; label: string }[];
  officials: OfficialChoice[];
  today: string;
  siteId?: number;
}) {
  const t = useTranslations('inspections.form');
  const tc = useTranslations();
  const [state, action] = useActionState(recordInspection, null);
  const [officialRows, setOfficialRows] = useState(3);
  // Chosen officials stay in their list even when the filter would hide them.
  const [picked, setPicked] = useState<string[]>([]);
  const [recRows, setRecRows] = useState(2);
  const [filter, setFilter] = useState('');
  const needle = filter.trim();
  const shown = needle ? officials.filter((o) => `${o.name} ${o.unitName} ${o.position}`.includes(needle)) : officials;
  const methodsError = fieldError(state, 'methods[]');
  const officialsError = fieldError(state, 'officials');
  return (
    <ActionForm action={action} state={state} noValidate className="space-y-4" aria-label={t('title')}>
      <FormMessage state={state} errorTitle={tc('common.errorTitle')} />
      <SelectField
        name="siteId"
        label={t('site')}
        state={state}
        defaultValue={siteId ?? ''}
        options={[{ value: '', label: t('choose') }, ...sites.map((s) => ({ value: s.id, label: s.label }))]}
      />
      <fieldset className="mb-4">
        <legend className="font-bold">{t('methods')}</legend>
        {methodsError && <p className="error-text">⚠ {methodsError}</p>}
        <div className="flex flex-wrap gap-4">
          {inspectionMethods.map((m) => (
            <label key={m} className="flex items-center gap-2 min-h-11">
              <input type="checkbox" name="methods[]" value={m} className="w-5 h-5" />
              {tc(`inspections.methods.${m}`)}
            </label>
          ))}
        </div>
      </fieldset>
      <p className="hint">{t('datesHint')}</p>
      <div className="flex flex-wrap gap-4">
        <Field name="startsOn" label={t('startsOn')} state={state} type="date" max={today} defaultValue={today} />
        <Field name="endsOn" label={t('endsOn')} state={state} type="date" max={today} defaultValue={today} />
      </div>
      <Field name="findings" label={t('findings')} state={state}>
        <textarea id="f-findings" name="findings" maxLength={4000} rows={5} aria-invalid={Boolean(fieldError(state, 'findings'))} />
      </Field>
      <fieldset className={`field ${officialsError ? 'field-error' : ''}`}>
        <legend className="font-bold">{t('officials')}</legend>
        <p className="hint">{t('officialsHint')}</p>
        {officialsError && <p className="error-text">⚠ {officialsError}</p>}
        <label htmlFor="official-filter">{t('filter')}</label>
        <input id="official-filter" type="search" value={filter} onChange={(e) => setFilter(e.target.value)} className="mb-3" />
        {Array.from({ length: officialRows }, (_, i) => {
          const rowError = fieldError(state, `officials.${i}`);
          return (
            <div key={i} className={`flex flex-wrap items-end gap-3 mb-2 ${rowError ? 'field-error' : ''}`}>
              <div>
                <label htmlFor={`official-${i}`}>
                  {t('official')} · {t('row', { n: i + 1 })}
                </label>
                {rowError && <p className="error-text">⚠ {rowError}</p>}
                <select
                  id={`official-${i}`}
                  name="officialIds[]"
                  value={picked[i] ?? ''}
                  onChange={(e) => setPicked((p) => Object.assign([...p], { [i]: e.target.value }))}
                  className="max-w-full"
                >
                  <option value="">{t('choose')}</option>
                  {officials
                    .filter((o) => shown.includes(o) || String(o.id) === picked[i])
                    .map((o) => (
                      <option key={o.id} value={o.id}>
                        {o.name} · {o.unitName} · {o.position}
                      </option>
                    ))}
                </select>
              </div>
              <div>
                <label htmlFor={`rating-${i}`}>{t('rating')}</label>
                <select id={`rating-${i}`} name="ratings[]" defaultValue="">
                  <option value="">–</option>
                  {[5, 4, 3, 2, 1].map((r) => (
                    <option key={r} value={r}>
                      {r}
                    </option>
                  ))}
                </select>
              </div>
            </div>
          );
        })}
        <button type="button" className="btn-secondary" onClick={() => setOfficialRows((n) => Math.min(n + 1, 40))}>
          {t('addOfficial')}
        </button>
      </fieldset>
      <fieldset className="field">
        <legend className="font-bold">{t('recommendations')}</legend>
        {Array.from({ length: recRows }, (_, i) => (
          <div key={i} className="mb-2">
            <label htmlFor={`rec-${i}`} className="sr-only">
              {t('recommendation')} {i + 1}
            </label>
            <input id={`rec-${i}`} name="recommendations[]" maxLength={500} placeholder={`${t('recommendation')} ${i + 1}`} />
          </div>
        ))}
        <button type="button" className="btn-secondary" onClick={() => setRecRows((n) => Math.min(n + 1, 40))}>
          {t('addRecommendation')}
        </button>
      </fieldset>
      <SubmitButton pendingLabel={tc('common.saving')}>{t('submit')}</SubmitButton>
    </ActionForm>
  );
}
