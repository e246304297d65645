'use client';
import { useActionState, useState } from 'react';
import { useTranslations } from 'next-intl';
import { commitRosterImport, discardRosterImport } from '@/lib/officials/import-actions';
import { ActionForm, FormMessage, SubmitButton } from '@/components/ui/form';
import { readProgressStream } from '@/components/ui/ndjson';

type Preview = {
  importId: string | null;
  total: number;
  valid: number;
  errorCount: number;
  errors: { line: number; column: string; message: string; value?: string }[];
  sample: { line: number; name: string; position: string; grade: string }[];
};

async function upload(file: File, onProgress: (done: number, total: number) => void): Promise<Preview> {
  const body = new FormData();
  body.set('file', file);
  return readProgressStream<Preview>(await fetch('/api/staff/roster/preview', { method: 'POST', body }), onProgress);
}

export function RosterImport() {
  const t = useTranslations();
  const [busy, setBusy] = useState(false);
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const [preview, setPreview] = useState<Preview | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [commitState, commit] = useActionState(commitRosterImport, null);
  const [discardState, discard] = useActionState(discardRosterImport, null);

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const file = new FormData(event.currentTarget).get('file');
    if (!(file instanceof File) || file.size === 0) return setError(t('staff.import.errors.noFile'));
    setBusy(true);
    setError(null);
    setPreview(null);
    setProgress({ done: 0, total: 0 });
    try {
      setPreview(await upload(file, (done, total) => setProgress({ done, total })));
    } catch (e) {
      setError(e instanceof Error && e.message !== 'incomplete' ? e.message : t('staff.import.errors.unreadable'));
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="space-y-6">
      <form onSubmit={onSubmit} className="space-y-3">
        <div className="field">
          <label htmlFor="roster-file">{t('staff.import.file')}</label>
          <p className="hint">{t('staff.import.fileHint')}</p>
          <input id="roster-file" name="file" type="file" accept=".xlsx,.csv" required />
        </div>
        <button type="submit" className="btn-primary" disabled={busy}>
          {busy ? t('staff.import.checking') : t('staff.import.check')}
        </button>
      </form>

      <div aria-live="polite">
        {progress && busy && (
          <div>
            <label htmlFor="roster-progress">{t('staff.import.progress', { done: progress.done, total: progress.total })}</label>
            <progress id="roster-progress" className="block w-full max-w-md h-4" max={progress.total || 1} value={progress.done} />
          </div>
        )}
        {error && (
          <div className="error-summary" role="alert">
            {error}
          </div>
        )}
      </div>

      {preview && (
        <section className="space-y-4" aria-labelledby="preview-title">
          <h2 id="preview-title" className="text-xl font-bold">
            {t('staff.import.previewTitle')}
          </h2>
          <p data-testid="import-summary">
            {t('staff.import.summary', { total: preview.total, valid: preview.valid, errors: preview.errorCount })}
          </p>
          {preview.errorCount > 0 ? (
            <>
              <div className="error-summary" role="alert">
                {t('staff.import.hasErrors', { count: preview.errorCount })}
              </div>
              <table className="data-table">
                <thead>
                  <tr>
                    <th scope="col" className="num">
                      {t('staff.import.line')}
                    </th>
                    <th scope="col">{t('staff.import.column')}</th>
                    <th scope="col">{t('staff.import.problem')}</th>
                  </tr>
                </thead>
                <tbody>
                  {preview.errors.map((e, i) => (
                    <tr key={i}>
                      <td className="num">{e.line}</td>
                      <td>{e.column ? t(`staff.import.columns.${e.column}`) : '—'}</td>
                      <td>
                        {e.message}
                        {e.value ? `：${e.value}` : ''}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </>
          ) : (
            <>
              <table className="data-table">
                <thead>
                  <tr>
                    <th scope="col" className="num">
                      {t('staff.import.line')}
                    </th>
                    <th scope="col">{t('staff.import.columns.name')}</th>
                    <th scope="col">{t('staff.import.columns.position')}</th>
                    <th scope="col">{t('staff.import.columns.grade')}</th>
                  </tr>
                </thead>
                <tbody>
                  {preview.sample.map((r) => (
                    <tr key={r.line}>
                      <td className="num">{r.line}</td>
                      <td>{r.name}</td>
                      <td>{r.position}</td>
                      <td>{t(`grades.${r.grade}`)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
              <FormMessage state={commitState ?? discardState} errorTitle={t('common.errorTitle')} />
              <div className="flex flex-wrap gap-3">
                <ActionForm action={commit}>
                  <input type="hidden" name="importId" value={preview.importId ?? ''} />
                  <SubmitButton pendingLabel={t('staff.import.importing')}>
                    {t('staff.import.confirm', { count: preview.valid })}
                  </SubmitButton>
                </ActionForm>
                <ActionForm action={discard}>
                  <input type="hidden" name="importId" value={preview.importId ?? ''} />
                  <SubmitButton pendingLabel={t('common.saving')} className="btn-secondary">
                    {t('staff.import.discard')}
                  </SubmitButton>
                </ActionForm>
              </div>
            </>
          )}
        </section>
      )}
    </div>
  );
}
