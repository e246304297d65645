'use client';
import { useCallback, useMemo, useState } from 'react';
import { useTranslations } from 'next-intl';
import { SlipSheet } from '@/components/slips/slip-sheet';
import { generateCredentials } from '@/lib/belenios';
import { downloadCsv } from '@/lib/csv';
import { uploadCredentials } from '@/lib/election/party-actions';
import { encryptedBallotUrl } from '@/lib/election/urls';
import { callParty, nextFrame } from './party-client';
import { usePartyState } from './party-state-hook';

type Made = { community: string; codes: string[] };

/**
 * The credential authority's desk: each community's private codes are made here, in the browser;
 * only their public credentials go to the server. The codes are printed on slips (QR codes drawn
 * here too) or downloaded for the printer, and are gone when the page closes.
 */
export function AuthorityDesk({ publicUrl }: { publicUrl: string }) {
  const t = useTranslations('authority');
  const { token, state, error, setError, reload } = usePartyState('authority', t('noLink'));
  const [made, setMade] = useState<Made | null>(null);
  const [printing, setPrinting] = useState(false);
  const [busy, setBusy] = useState(false);

  const slips = useMemo(
    () => made?.codes.map((code) => ({ code, url: encryptedBallotUrl(publicUrl, code, state?.ballotPath) })) ?? [],
    [made, publicUrl, state?.ballotPath],
  );
  const print = useCallback(() => window.print(), []);

  if (token === null) return <p>…</p>;
  if (!token) return <p className="notice-info">{t('noLink')}</p>;
  if (!state)
    return error ? (
      <div className="error-summary" role="alert">
        {error}
      </div>
    ) : (
      <p>…</p>
    );
  const names = new Map(state.communities.map((c) => [c.id, `${c.street} ${c.name}`]));
  const sealed = state.phase !== 'keys' && state.phase !== 'ready';

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const communityId = Number(form.get('communityId'));
    const count = Number(String(form.get('count')).trim());
    setError(null);
    setMade(null);
    setPrinting(false);
    if (!Number.isInteger(count) || count < 1 || count > 5000) return setError(t('countHint'));
    setBusy(true);
    await nextFrame();
    try {
      const batch = generateCredentials(state!.uuid, count);
      const r = await callParty(uploadCredentials, { token: token!, communityId, credentials: batch.publicCredentials.join('\n') });
      if (!r.ok) return setError(r.message);
      setMade({ community: names.get(communityId) ?? '', codes: batch.privateCodes });
      await reload();
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="space-y-6">
      <div className="no-print space-y-4">
        <p className="text-lg">{t('hello', { name: state.name, title: state.title })}</p>
        <p className="max-w-3xl">{t('explain')}</p>
        {error && (
          <div className="error-summary" role="alert" data-testid="error">
            {error}
          </div>
        )}
        {sealed ? (
          <p className="notice-info">{t('frozen')}</p>
        ) : (
          <form onSubmit={(e) => void onSubmit(e)} className="space-y-3 max-w-xl">
            <div className="field">
              <label htmlFor="communityId">{t('community')}</label>
              <select id="communityId" name="communityId" required>
                {state.communities.map((c) => (
                  <option key={c.id} value={c.id}>
                    {c.street} {c.name}
                  </option>
                ))}
              </select>
            </div>
            <div className="field">
              <label htmlFor="count">{t('count')}</label>
              <p className="hint">{t('countHint')}</p>
              <input id="count" name="count" inputMode="numeric" defaultValue={100} required />
            </div>
            <button type="submit" className="btn-primary" disabled={busy}>
              {busy ? t('working') : t('generate')}
            </button>
          </form>
        )}
        {made && (
          <div className="notice-success space-y-2" data-testid="made" aria-live="polite">
            <p className="font-bold">{t('generated', { count: made.codes.length, community: made.community })}</p>
            <p>{t('onlyHere')}</p>
            <div className="flex flex-wrap gap-3">
              <button type="button" className="btn-primary" onClick={() => setPrinting(true)}>
                {t('print')}
              </button>
              <button
                type="button"
                className="btn-secondary"
                onClick={() =>
                  downloadCsv(
                    `ballot-codes-${state.year}.csv`,
                    ['code', 'community', 'url'],
                    slips.map((s) => [s.code, made.community, s.url]),
                  )
                }
              >
                {t('csv')}
              </button>
            </div>
          </div>
        )}
        <section className="space-y-2">
          <h2 className="text-xl font-bold">{t('batches')}</h2>
          {state.batches.length === 0 ? (
            <p>{t('none')}</p>
          ) : (
            <table className="data-table" data-testid="batches">
              <thead>
                <tr>
                  <th scope="col">{t('batchCommunity')}</th>
                  <th scope="col">{t('batchCount')}</th>
                </tr>
              </thead>
              <tbody>
                {state.batches.map((b, i) => (
                  <tr key={i}>
                    <td>{names.get(b.communityId)}</td>
                    <td className="num">{b.issued}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </section>
      </div>
      {made && printing && (
        <SlipSheet slips={slips} address={`${publicUrl}${state.ballotPath}`} title={state.title} unit={made.community} onReady={print} />
      )}
    </div>
  );
}
