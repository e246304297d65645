'use client';
import { Link } from '@/lib/i18n/navigation';
import { useActionState } from 'react';
import { useTranslations } from 'next-intl';
import { recordNightTalk } from '@/lib/night-talks/actions';
import { ROW_FIELDS, rowFieldName, rowFilled, type RowField } from '@/lib/night-talks/rows';
import { formatCode } from '@/lib/selection/codes-format';
import { ActionForm, Field, FormMessage, SubmitButton, fieldError, typed } from '@/components/ui/form';
import { SuccessNotice } from '@/components/ui/notice';

type Props = {
  communityId: number;
  communityName: string;
  today: string;
  officials: { id: number; name: string; position: string; unitName: string }[];
  categories: { code: string; label: string }[];
};

const SLOTS = 3;

/** The doorstep form: one column, big tick boxes, up to three requests heard, all saved together. */
export function NightTalkForm({ communityId, communityName, today, officials, categories }: Props) {
  const t = useTranslations('nightTalks');
  const tc = useTranslations('common');
  const [state, action] = useActionState(recordNightTalk, null);
  if (state?.ok) {
    const filed = (state.data as { requests: { number: string; key: string }[] } | undefined)?.requests ?? [];
    return (
      <section className="space-y-3" aria-live="polite">
        <SuccessNotice focusKey={state} className="text-lg">
          {state.message}
        </SuccessNotice>
        {filed.length > 0 && (
          <>
            <p>{t('slipsIntro')}</p>
            <ul className="space-y-2" data-testid="night-talk-slips">
              {filed.map((f) => (
                <li key={f.number} className="border border-dashed p-2">
                  <span className="code-text font-bold">{f.number}</span> · {t('key')}{' '}
                  <span className="code-text font-bold">{formatCode(f.key)}</span>
                </li>
              ))}
            </ul>
          </>
        )}
        <p>
          <Link href="/staff/night-talks">{t('backToList')}</Link>
        </p>
      </section>
    );
  }
  const officialsError = fieldError(state, 'officialIds');
  // Rows come back as typed; errors name a row by its place among the filled ones, so map them to slots.
  const rowValue = (slot: number, f: RowField) => typed(state, rowFieldName(slot, f)) ?? '';
  const filledSlots = Array.from({ length: SLOTS }, (_, slot) => slot).filter((slot) =>
    rowFilled(Object.fromEntries(ROW_FIELDS.map((f) => [f, rowValue(slot, f)]))),
  );
  return (
    <ActionForm action={action} state={state} className="space-y-4" noValidate>
      <FormMessage state={state} errorTitle={tc('errorTitle')} />
      <input type="hidden" name="communityId" value={communityId} />
      <p className="font-bold text-lg">{communityName}</p>
      <Field name="heldOn" label={t('heldOn')} state={state} type="date" defaultValue={today} max={today} />
      <Field name="place" label={t('place')} hint={t('placeHint')} state={state} maxLength={100} />
      <Field
        name="residentsMet"
        label={t('residentsMet')}
        state={state}
        type="number"
        inputMode="numeric"
        min={0}
        max={1000}
        defaultValue="1"
      />
      <fieldset className={`field ${officialsError ? 'field-error' : ''}`}>
        <legend className="font-bold mb-2">{t('officials')}</legend>
        {officialsError && <p className="error-text">⚠ {officialsError}</p>}
        <ul className="space-y-2">
          {officials.map((o) => (
            <li key={o.id}>
              <label className="candidate-option">
                <input type="checkbox" name={`official.${o.id}`} value="on" defaultChecked={typed(state, `official.${o.id}`) === 'on'} />
                <span>
                  <span className="block font-bold">{o.name}</span>
                  <span className="block text-sm">
                    {o.unitName} · {o.position}
                  </span>
                </span>
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
      <Field name="notes" label={t('notes')} state={state}>
        <textarea id="f-notes" name="notes" rows={3} maxLength={2000} defaultValue={typed(state, 'notes')} />
      </Field>
      <h2 className="text-xl font-bold">{t('heardTitle')}</h2>
      <p className="hint">{t('heardHint')}</p>
      {Array.from({ length: SLOTS }, (_, i) => {
        const place = filledSlots.indexOf(i);
        const errors = place < 0 ? [] : ROW_FIELDS.map((f) => fieldError(state, `requests.${place}.${f}`)).filter(Boolean);
        return (
          <fieldset key={i} className={`border p-3 space-y-2 ${errors.length ? 'field-error' : ''}`}>
            <legend className="font-bold px-1">{t('heard', { n: i + 1 })}</legend>
            {errors.map((e) => (
              <p key={e} className="error-text">
                ⚠ {e}
              </p>
            ))}
            <div className="field">
              <label htmlFor={`req-cat-${i}`}>{t('category')}</label>
              <select id={`req-cat-${i}`} name={rowFieldName(i, 'category')} defaultValue={rowValue(i, 'category')}>
                <option value="">—</option>
                {categories.map((c) => (
                  <option key={c.code} value={c.code}>
                    {c.label}
                  </option>
                ))}
              </select>
            </div>
            <div className="field">
              <label htmlFor={`req-desc-${i}`}>{t('description')}</label>
              <textarea
                id={`req-desc-${i}`}
                name={rowFieldName(i, 'description')}
                rows={2}
                maxLength={1000}
                defaultValue={rowValue(i, 'description')}
              />
            </div>
            <div className="field">
              <label htmlFor={`req-name-${i}`}>{t('contactName')}</label>
              <input id={`req-name-${i}`} name={rowFieldName(i, 'contactName')} maxLength={40} defaultValue={rowValue(i, 'contactName')} />
            </div>
            <div className="field">
              <label htmlFor={`req-phone-${i}`}>{t('contactPhone')}</label>
              <input
                id={`req-phone-${i}`}
                name={rowFieldName(i, 'contactPhone')}
                type="tel"
                inputMode="tel"
                maxLength={20}
                defaultValue={rowValue(i, 'contactPhone')}
              />
            </div>
          </fieldset>
        );
      })}
      <SubmitButton pendingLabel={tc('saving')} className="btn-primary btn-large">
        {t('save')}
      </SubmitButton>
    </ActionForm>
  );
}
