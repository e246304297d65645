'use client';
import { startTransition, useActionState, useEffect, useRef, useState } from 'react';
import { useTranslations } from 'next-intl';
import { auditBallot, type AuditResult } from '@/lib/belenios/ballot-check';
import { choicesFromSelection, type EncryptedBallot } from '@/lib/belenios/ballot';
import type { ElectionContext } from '@/lib/belenios/election';
import { castDeviceBallot } from '@/lib/selection/vote-actions';
import { FormMessage } from '@/components/ui/form';
import { ReviewList } from '@/components/vote/review-list';
import { createSealer, type Sealer } from './seal/sealer';

export type DeviceCandidate = { id: number; name: string; unit: string; position: string };

/** The picked candidates as the election's 0/1 choices, in its answer order. */
function choicesOf(ctx: ElectionContext, candidates: DeviceCandidate[], picked: Set<number>): number[][] {
  const indexes = candidates.flatMap((c, i) => (picked.has(c.id) ? [i] : []));
  const choices = choicesFromSelection(ctx, [indexes]);
  if (!choices) throw new Error('the choice does not fit the ballot');
  return choices;
}

/**
 * Review, cast, and the Benaloh audit: a guarded secondary action that seals a ballot, opens it
 * with its randomness in the page, shows what it holds and throws it away; the real cast always
 * seals a fresh one.
 */
export function DeviceReview({
  year,
  ctx,
  electionRaw,
  code,
  candidates,
  picked,
  onChange,
}: {
  year: number;
  ctx: ElectionContext;
  electionRaw: string;
  code: string;
  candidates: DeviceCandidate[];
  picked: Set<number>;
  onChange: () => void;
}) {
  const t = useTranslations('vote');
  const d = useTranslations('deviceVote');
  const [state, send, sending] = useActionState(castDeviceBallot, null);
  const [sealing, setSealing] = useState<'cast' | 'audit' | null>(null);
  const [guard, setGuard] = useState(false);
  const [audit, setAudit] = useState<{ sealed: EncryptedBallot; result: AuditResult } | null>(null);
  const chosen = candidates.filter((c) => picked.has(c.id));
  const busy = sealing !== null || sending;
  const sealer = useRef<Sealer | null>(null);
  useEffect(() => {
    // Started with the review screen, so the worker has parsed the election before the voter confirms.
    const made = createSealer(electionRaw);
    sealer.current = made;
    return () => made.close();
  }, [electionRaw]);
  const seal = () => (sealer.current ?? createSealer(electionRaw)).seal(code, choicesOf(ctx, candidates, picked));

  async function cast() {
    setSealing('cast');
    const { ballot } = await seal();
    const form = new FormData();
    form.set('year', String(year));
    form.set('ballot', ballot);
    setSealing(null);
    startTransition(() => send(form));
  }

  async function runAudit() {
    setGuard(false);
    setSealing('audit');
    const sealed = await seal();
    setAudit({ sealed, result: auditBallot(ctx, sealed.ballot, sealed.secrets) });
    setSealing(null);
  }

  if (audit) {
    const { result, sealed } = audit;
    const opened = result.ok ? candidates.filter((_, i) => result.choices[0]?.[i] === 1) : [];
    return (
      <div className="space-y-6" data-testid="audit">
        {result.ok ? (
          <p className="notice-success text-lg" role="status">
            ✓ {d('auditOk', { count: opened.length })}
          </p>
        ) : (
          <p className="error-summary text-lg" role="alert">
            {d('auditFailed')}
          </p>
        )}
        <ol className="list-decimal pl-8 space-y-2 text-lg" data-testid="audit-list">
          {opened.map((c) => (
            <li key={c.id}>
              <strong>{c.name}</strong> · {c.unit}
            </li>
          ))}
        </ol>
        <details className="border-2 border-[var(--color-line)] p-4">
          <summary className="cursor-pointer font-bold">{d('auditDetails')}</summary>
          <p className="mt-2">{d('auditTracker')}</p>
          <p className="long-code" data-testid="audit-tracker">
            {sealed.tracker}
          </p>
          <p className="mt-2">{d('auditRandomness')}</p>
          <ol className="list-decimal pl-8 long-code text-sm" data-testid="audit-randomness">
            {sealed.secrets.randomness[0]!.map((r, i) => (
              <li key={i}>{r}</li>
            ))}
          </ol>
          <p className="mt-2">{d('auditBallot')}</p>
          <textarea readOnly className="w-full h-40 long-code text-xs" value={sealed.ballot} />
        </details>
        <button type="button" className="btn-primary btn-large" onClick={() => setAudit(null)}>
          {d('auditBack')}
        </button>
      </div>
    );
  }

  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold">{t('reviewTitle')}</h1>
      <p className="text-lg">{t('reviewIntro', { count: chosen.length })}</p>
      <ReviewList list={chosen} />
      <p className="notice-info">{t('reviewWarning')}</p>
      <p>{d('sealNote')}</p>
      <FormMessage state={state} errorTitle={t('problem')} />
      <button type="button" className="btn-primary btn-large" disabled={busy} onClick={cast}>
        {sealing === 'audit' ? d('auditing') : busy ? d('sending') : t('confirm')}
      </button>
      <p>
        <button type="button" className="btn-secondary" disabled={busy} onClick={onChange}>
          {t('change')}
        </button>
      </p>
      {guard ? (
        <div className="notice-info space-y-3" role="alertdialog" aria-labelledby="audit-guard-title">
          <p id="audit-guard-title" className="font-bold">
            {d('auditGuardTitle')}
          </p>
          <p>{d('auditGuard')}</p>
          <div className="flex flex-wrap gap-3">
            <button type="button" className="btn-secondary" onClick={runAudit}>
              {d('auditStart')}
            </button>
            <button type="button" className="btn-secondary" onClick={() => setGuard(false)}>
              {d('auditCancel')}
            </button>
          </div>
        </div>
      ) : (
        <p>
          <button type="button" className="link-button" disabled={busy} onClick={() => setGuard(true)}>
            {d('audit')}
          </button>
        </p>
      )}
    </div>
  );
}
