'use client';
import { useState } from 'react';
import { useTranslations } from 'next-intl';

type Published = { ballotsCast: number; candidates: { id: number; name: string; votes: number }[] };
type Outcome = { ballots: number; votes: Map<number, number>; sha256: string; bad: number };

async function recount(text: string): Promise<Outcome> {
  const votes = new Map<number, number>();
  let ballots = 0;
  let bad = 0;
  for (const line of text.split('\n')) {
    if (!line.trim()) continue;
    try {
      const choices = (JSON.parse(line) as { choices: number[] }).choices;
      ballots++;
      for (const id of choices) votes.set(id, (votes.get(id) ?? 0) + 1);
    } catch {
      bad++;
    }
  }
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  const sha256 = [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
  return { ballots, votes, sha256, bad };
}

/** Recounts in the reader's own browser, from the published log or from a file they have. */
export function Recount({ year, fingerprint }: { year: number; fingerprint: string }) {
  const t = useTranslations('recount');
  const [busy, setBusy] = useState(false);
  const [state, setState] = useState<{ published: Published; outcome: Outcome } | null>(null);

  async function run(file?: File) {
    setBusy(true);
    try {
      const [published, text] = await Promise.all([
        fetch(`/api/v1/selections/${year}/results`).then((r) => r.json() as Promise<Published>),
        file ? file.text() : fetch(`/api/v1/selections/${year}/ballots`).then((r) => r.text()),
      ]);
      setState({ published, outcome: await recount(text) });
    } finally {
      setBusy(false);
    }
  }

  const differences = state ? state.published.candidates.filter((c) => (state.outcome.votes.get(c.id) ?? 0) !== c.votes) : [];
  const matches = state && differences.length === 0 && state.outcome.ballots === state.published.ballotsCast;
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap gap-3 items-end">
        <button type="button" className="btn-primary" disabled={busy} onClick={() => run()}>
          {busy ? t('working') : t('fromPublished')}
        </button>
        <div className="field mb-0">
          <label htmlFor="own">{t('fromFile')}</label>
          <input id="own" type="file" accept=".ndjson,.jsonl,.txt" onChange={(e) => e.target.files?.[0] && run(e.target.files[0])} />
        </div>
      </div>
      <div aria-live="polite" data-testid="recount-answer">
        {state && (
          <div className={matches ? 'notice-success' : 'error-summary'}>
            <p className="text-xl font-bold">{matches ? `✓ ${t('matches')}` : `⚠ ${t('differs')}`}</p>
            <p>{t('ballots', { recounted: state.outcome.ballots, published: state.published.ballotsCast })}</p>
            <p className="break-all text-sm">
              SHA-256 {state.outcome.sha256} {state.outcome.sha256 === fingerprint ? `✓ ${t('sameFile')}` : `⚠ ${t('otherFile')}`}
            </p>
            {differences.map((c) => (
              <p key={c.id}>{t('difference', { name: c.name, published: c.votes, recounted: state.outcome.votes.get(c.id) ?? 0 })}</p>
            ))}
          </div>
        )}
      </div>
    </div>
  );
}
