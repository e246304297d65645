'use client';
import { useState } from 'react';
import { useTranslations } from 'next-intl';
import type { ArchiveSource } from '@/lib/belenios/archive-read';
import { verifyArchive, type VerifyReport } from '@/lib/belenios/verify';
import { describeFailure } from '@/lib/election/archive-failures';

type Checked = { report: VerifyReport; file?: string };

/**
 * Verifies the selection's `.bel` archive in the reader's browser, with the same verifier as
 * `npm run cli -- verify`: either the file this website serves now, or one the reader downloaded
 * earlier (or got from someone else) and chooses here, so nothing the server says is taken on trust.
 */
export function ArchiveCheck({ year, uuid, candidates }: { year: number; uuid: string; candidates: string[] }) {
  const t = useTranslations('archiveCheck');
  const [running, setRunning] = useState(false);
  const [checked, setChecked] = useState(0);
  const [done, setDone] = useState<Checked | null>(null);
  const [failed, setFailed] = useState<'fetchFailed' | 'fileFailed' | null>(null);
  const url = `/api/v1/selections/${year}/archive.bel`;

  async function check(source: () => Promise<ArchiveSource>, file?: string) {
    setRunning(true);
    setDone(null);
    setFailed(null);
    setChecked(0);
    try {
      const bytes = await source();
      setDone({ report: await verifyArchive(bytes, { forbidRevotes: true, onProgress: setChecked }), file });
    } catch {
      setFailed(file ? 'fileFailed' : 'fetchFailed');
    } finally {
      setRunning(false);
    }
  }

  const served = () =>
    check(async () => {
      const response = await fetch(url, { cache: 'no-store' });
      if (!response.ok || !response.body) throw new Error(String(response.status));
      return response.body;
    });

  const report = done?.report;
  // Names belong to this selection's ballot order; a file of another election is read by number.
  const foreign = Boolean(report?.uuid && report.uuid !== uuid);
  return (
    <div className="space-y-6">
      <button type="button" className="btn-primary btn-large" onClick={served} disabled={running}>
        {t('start')}
      </button>
      <div className="field">
        <label htmlFor="archive-file" className="text-lg font-bold">
          {t('fileLabel')}
        </label>
        <p className="hint" id="archive-file-hint">
          {t('fileHint')}
        </p>
        <input
          id="archive-file"
          type="file"
          accept=".bel,application/x-tar"
          aria-describedby="archive-file-hint"
          disabled={running}
          onChange={(e) => {
            const file = e.target.files?.[0];
            if (file) check(async () => new Uint8Array(await file.arrayBuffer()), file.name);
            e.target.value = '';
          }}
        />
      </div>
      <div aria-live="polite" data-testid="archive-check" className="space-y-2">
        {running && <p className="notice-info">{t('downloading', { ballots: checked })}</p>}
        {failed && <p className="error-summary">{t(failed)}</p>}
        {done && <p className="font-bold">{done.file ? t('checkedFile', { name: done.file }) : t('checkedServed')}</p>}
        {foreign && <p className="notice-info">{t('foreign', { uuid: report!.uuid! })}</p>}
        {report?.ok && (
          <div className="notice-success space-y-2">
            <p className="text-xl font-bold">✓ {t('ok', { ballots: report.ballots })}</p>
            {report.result && <p>{t('okResult')}</p>}
          </div>
        )}
        {report && !report.ok && (
          <div className="error-summary space-y-2" role="alert">
            <p className="font-bold">{t('failed', { count: report.failures.length })}</p>
            {report.failures.length > 1 && <p>{t('failedFollow')}</p>}
            <ul className="list-disc pl-6 space-y-2" data-testid="archive-failures">
              {report.failures.map((f, i) => {
                const { key, values } = describeFailure(f);
                return (
                  // A tracker is one 43-character word: let it wrap rather than run off a phone.
                  <li key={i} className="wrap-anywhere">
                    {f.event ? t('failure', { what: t(key, values), height: f.event.height }) : t(key, values)}
                    <span className="block text-sm long-code">
                      {f.check}: {f.detail}
                    </span>
                  </li>
                );
              })}
            </ul>
          </div>
        )}
        {report && <p>{t('phase', { phase: t(`phases.${report.phase}`) })}</p>}
        {report?.result && (
          <div>
            <p>{t('result')}</p>
            <ol className="list-decimal pl-8 tabular-nums" data-testid="archive-result">
              {report.result[0]!.map((n, i) => (
                <li key={i}>
                  {(!foreign && candidates[i]) || i + 1}: {n}
                </li>
              ))}
            </ol>
          </div>
        )}
      </div>
      <p>{t('independent')}</p>
      <p className="long-code text-sm">npx sirona election verify … / npm run cli -- verify {`${year}.bel`}</p>
      <p>
        <a href={url} download>
          {t('download')}
        </a>
      </p>
    </div>
  );
}
