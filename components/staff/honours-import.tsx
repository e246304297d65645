'use client';
import { useActionState } from 'react';
import { useTranslations } from 'next-intl';
import { importHonours } from '@/lib/honours/actions';
import { ActionForm, FormMessage, SubmitButton } from '@/components/ui/form';

type Preview = {
  rows: { line: number; year: number; name: string; unit: string }[];
  errors: { line: number; column: string; problem: string; value?: string }[];
  total: number;
  valid: number;
  imported: number;
};

export function HonoursImport() {
  const t = useTranslations();
  const [state, action] = useActionState(importHonours, null);
  const preview = state?.ok ? (state.data as Preview) : null;
  return (
    <ActionForm action={action} state={state} className="space-y-4" encType="multipart/form-data">
      <FormMessage state={state} errorTitle={t('common.errorTitle')} />
      <div className="field">
        <label htmlFor="honours-file">{t('staff.honours.file')}</label>
        <p className="hint">{t('staff.honours.fileHint')}</p>
        <input id="honours-file" name="file" type="file" accept=".xlsx,.csv" />
      </div>
      <SubmitButton pendingLabel={t('staff.import.checking')} className="btn-secondary">
        {t('staff.import.check')}
      </SubmitButton>
      {preview && preview.imported > 0 && <p className="notice-success">✓ {t('staff.honours.done', { count: preview.imported })}</p>}
      {preview && preview.imported === 0 && (
        <section className="space-y-3">
          <p data-testid="honours-summary">
            {t('staff.import.summary', { total: preview.total, valid: preview.valid, errors: preview.errors.length })}
          </p>
          {preview.errors.length > 0 ? (
            <table className="data-table">
              <tbody>
                {preview.errors.map((e, i) => (
                  <tr key={i}>
                    <td className="num">{e.line}</td>
                    <td>{e.column}</td>
                    <td>
                      {t(`staff.honours.problems.${e.problem}`)}
                      {e.value ? `：${e.value}` : ''}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          ) : (
            <>
              <ul className="list-disc pl-6">
                {preview.rows.map((r) => (
                  <li key={r.line}>
                    {r.year} · {r.name} · {r.unit}
                  </li>
                ))}
              </ul>
              <button type="submit" name="confirm" value="yes" className="btn-primary">
                {t('staff.honours.confirm', { count: preview.valid })}
              </button>
            </>
          )}
        </section>
      )}
    </ActionForm>
  );
}
