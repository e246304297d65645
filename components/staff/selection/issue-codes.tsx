'use client';
import { useState } from 'react';
import { useTranslations } from 'next-intl';
import { SlipSheet } from '@/components/slips/slip-sheet';
import { readProgressStream } from '@/components/ui/ndjson';
import { downloadCsv } from '@/lib/csv';
import { ballotUrl, formatCode } from '@/lib/selection/codes-format';

const print = () => window.print();

type Issued = { batchId: number; community: string; codes: string[] };

/** The header is in the page's language: whoever opens the file in Excel reads it, not a script. */
function downloadCodes(issued: Issued, publicUrl: string, header: string[]) {
  const rows = issued.codes.map((c) => [formatCode(c), issued.community, ballotUrl(publicUrl, c)]);
  downloadCsv(`ballot-codes-batch-${issued.batchId}.csv`, header, rows);
}

export function IssueCodes({
  selectionId,
  title,
  communities,
  publicUrl,
}: {
  selectionId: number;
  title: string;
  communities: { id: number; label: string }[];
  /** PUBLIC_URL: what the QR codes open and the slips print, whatever address staff reached this page by. */
  publicUrl: string;
}) {
  const t = useTranslations('staff.codes');
  const tc = useTranslations('csvColumns');
  const [busy, setBusy] = useState(false);
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const [issued, setIssued] = useState<Issued | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [printing, setPrinting] = useState(false);

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setBusy(true);
    setError(null);
    setIssued(null);
    try {
      const response = await fetch(`/api/staff/selections/${selectionId}/codes`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ communityId: form.get('communityId'), count: form.get('count'), note: form.get('note') }),
      });
      setIssued(await readProgressStream<Issued>(response, (done, total) => setProgress({ done, total })));
    } catch (e) {
      setError(e instanceof Error && e.message !== 'incomplete' ? e.message : t('errors.failed'));
    } finally {
      setBusy(false);
      setProgress(null);
    }
  }

  return (
    <div className="space-y-4">
      <form onSubmit={onSubmit} className="space-y-3 max-w-xl no-print">
        <div className="field">
          <label htmlFor="communityId">{t('community')}</label>
          <select id="communityId" name="communityId" required>
            {communities.map((c) => (
              <option key={c.id} value={c.id}>
                {c.label}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="count">{t('count')}</label>
          <p className="hint">{t('countHint')}</p>
          <input id="count" name="count" inputMode="numeric" defaultValue={100} required />
        </div>
        <div className="field">
          <label htmlFor="note">{t('note')}</label>
          <input id="note" name="note" maxLength={100} />
        </div>
        <button type="submit" className="btn-primary" disabled={busy}>
          {busy ? t('issuing') : t('issue')}
        </button>
      </form>
      <div aria-live="polite" className="no-print">
        {progress && (
          <div>
            <label htmlFor="issue-progress">{t('progress', progress)}</label>
            <progress id="issue-progress" className="block w-full max-w-md h-4" max={progress.total} value={progress.done} />
          </div>
        )}
        {error && (
          <div className="error-summary" role="alert">
            {error}
          </div>
        )}
        {issued && (
          <div className="notice-success space-y-2" data-testid="issued">
            <p className="font-bold">{t('issued', { count: issued.codes.length, community: issued.community })}</p>
            <p>{t('onlyOnce')}</p>
            <div className="flex flex-wrap gap-3">
              <button
                type="button"
                className="btn-primary"
                onClick={() => downloadCodes(issued, publicUrl, [tc('code'), tc('community'), tc('url')])}
              >
                {t('downloadCsv')}
              </button>
              <button type="button" className="btn-secondary" onClick={() => setPrinting(true)}>
                {t('printSlips')}
              </button>
            </div>
          </div>
        )}
      </div>
      {issued && printing && (
        <SlipSheet
          slips={issued.codes.map((c) => ({ code: formatCode(c), url: ballotUrl(publicUrl, c) }))}
          address={`${publicUrl}/vote`}
          title={title}
          unit={issued.community}
          onReady={print}
        />
      )}
    </div>
  );
}
