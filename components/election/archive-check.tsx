'use client';
import { useState } from 'react';
import { useTranslations } from 'next-intl';
import { verifyArchive, type VerifyReport } from '@/lib/belenios/verify';

const plainChecks = ['ballot', 'tally', 'decryption', 'result', 'setup', 'chain', 'fileHash', 'layout'];
const setupChecks = ['credentials', 'electionKey', 'trustees'];

/** A failure's check (`ballot.badOverallProof`, `chain`, …) → the catalog key of its plain words. */
export function failureKind(check: string): string {
  const head = check.split('.')[0]!;
  if (plainChecks.includes(head)) return head;
  return setupChecks.includes(head) ? 'setup' : 'other';
}

/**
 * Downloads the selection's `.bel` archive into the reader's browser and verifies it there, with
 * the same verifier as `npm run cli -- verify`: nothing the server says is taken on trust.
 */
export function ArchiveCheck({ year, candidates }: { year: number; candidates: string[] }) {
  const t = useTranslations('archiveCheck');
  const [running, setRunning] = useState(false);
  const [checked, setChecked] = useState(0);
  const [report, setReport] = useState<VerifyReport | null>(null);
  const [fetchFailed, setFetchFailed] = useState(false);
  const url = `/api/v1/selections/${year}/archive.bel`;

  async function run() {
    setRunning(true);
    setReport(null);
    setFetchFailed(false);
    setChecked(0);
    try {
      const response = await fetch(url, { cache: 'no-store' });
      if (!response.ok || !response.body) throw new Error(String(response.status));
      setReport(await verifyArchive(response.body, { forbidRevotes: true, onProgress: setChecked }));
    } catch {
      setFetchFailed(true);
    } finally {
      setRunning(false);
    }
  }

  return (
    <div className="space-y-4">
      <button type="button" className="btn-primary btn-large" onClick={run} disabled={running}>
        {t('start')}
      </button>
      <div aria-live="polite" data-testid="archive-check">
        {running && <p className="notice-info">{t('downloading', { ballots: checked })}</p>}
        {fetchFailed && <p className="error-summary">{t('fetchFailed')}</p>}
        {report?.ok && (
          <div className="notice-success space-y-2">
            <p className="text-xl font-bold">✓ {t('ok', { ballots: report.ballots })}</p>
            {report.result && <p>{t('okResult')}</p>}
          </div>
        )}
        {report && !report.ok && (
          <div className="error-summary space-y-2" role="alert">
            <p className="font-bold">{t('failed', { count: report.failures.length })}</p>
            <ul className="list-disc pl-6">
              {report.failures.map((f, i) => (
                <li key={i}>
                  {f.event
                    ? t('failure', { what: t(`checks.${failureKind(f.check)}`), height: f.event.height })
                    : t(`checks.${failureKind(f.check)}`)}
                  <span className="block text-sm long-code">
                    {f.check}: {f.detail}
                    {f.tracker ? ` · ${f.tracker}` : ''}
                  </span>
                </li>
              ))}
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
                  {candidates[i] ?? i + 1}: {n}
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
