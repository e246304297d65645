'use client';
import { useActionState } from 'react';
import { useTranslations } from 'next-intl';
import { ActionForm, FormMessage, SubmitButton } from '@/components/ui/form';
import { downloadCsv } from '@/lib/csv';
import { formatCode } from '@/lib/selection/codes-format';
import { importRegister, issueSurveyCodes } from '@/lib/surveys/register-actions';

type Preview = {
  total: number;
  valid: number;
  existing: number;
  imported: number;
  errors: { line: number; column: string; problem: string; value?: string }[];
};

export function RegisterImport() {
  const t = useTranslations('surveys.register');
  const [state, action] = useActionState(importRegister, null);
  const preview = state?.ok ? (state.data as Preview) : null;
  return (
    <ActionForm action={action} state={state} className="space-y-4" encType="multipart/form-data">
      <FormMessage state={state} errorTitle={t('problem')} />
      <div className="field">
        <label htmlFor="register-file">{t('file')}</label>
        <p className="hint">{t('fileHint')}</p>
        <input id="register-file" name="file" type="file" accept=".xlsx,.csv" />
      </div>
      <SubmitButton pendingLabel={t('checking')} className="btn-secondary">
        {t('check')}
      </SubmitButton>
      {preview && preview.imported > 0 && (
        <p className="notice-success">✓ {t('done', { count: preview.imported, existing: preview.existing })}</p>
      )}
      {preview && preview.imported === 0 && (
        <section className="space-y-3">
          <p data-testid="register-summary">
            {t('summary', { total: preview.total, valid: preview.valid, existing: preview.existing, errors: preview.errors.length })}
          </p>
          {preview.errors.length > 0 ? (
            <table className="data-table">
              <tbody>
                {preview.errors.map((e, i) => (
                  <tr key={i}>
                    <td className="num">{e.line}</td>
                    <td>{t(`columns.${e.column}`)}</td>
                    <td>
                      {t(`problems.${e.problem}`)}
                      {e.value ? `：${e.value}` : ''}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          ) : (
            <button type="submit" name="confirm" value="yes" className="btn-primary">
              {t('confirm', { count: preview.valid - preview.existing })}
            </button>
          )}
        </section>
      )}
    </ActionForm>
  );
}

type Issued = { issued: { community: string; identifier: string; code: string }[] };

/** The header is in the page's language: whoever opens the file in Excel reads it, not a script. */
function download(rows: Issued['issued'], surveyId: number, publicUrl: string, header: string[]) {
  const lines = rows.map((r) => [r.community, r.identifier, formatCode(r.code), `${publicUrl}/survey?code=${r.code}`]);
  downloadCsv(`survey-${surveyId}-codes.csv`, header, lines);
}

/** Codes come back once, beside the identifiers from the uploaded file; only their hashes are kept. */
export function IssueCodesForm({ surveyId, publicUrl }: { surveyId: number; publicUrl: string }) {
  const t = useTranslations('surveys.codes');
  const tc = useTranslations('csvColumns');
  const [state, action] = useActionState(issueSurveyCodes, null);
  const issued = state?.ok ? (state.data as Issued).issued : null;
  return (
    <ActionForm action={action} state={state} className="space-y-3" encType="multipart/form-data">
      <FormMessage state={state} errorTitle={t('problem')} />
      <input type="hidden" name="surveyId" value={surveyId} />
      <div className="field">
        <label htmlFor="codes-file">{t('file')}</label>
        <p className="hint">{t('fileHint')}</p>
        <input id="codes-file" name="file" type="file" accept=".xlsx,.csv" />
      </div>
      <SubmitButton pendingLabel={t('issuing')} className="btn-secondary">
        {t('issue')}
      </SubmitButton>
      {issued && (
        <div className="notice-success space-y-2" data-testid="survey-codes-issued">
          <p>{t('issued', { count: issued.length })}</p>
          {issued.length > 0 && (
            <button
              type="button"
              className="btn-primary"
              onClick={() => download(issued, surveyId, publicUrl, [tc('community'), tc('household'), tc('surveyCode'), tc('url')])}
            >
              {t('download')}
            </button>
          )}
        </div>
      )}
    </ActionForm>
  );
}
