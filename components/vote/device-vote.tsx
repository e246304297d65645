'use client';
import { useMemo, useState, useSyncExternalStore, useEffect, type FormEvent, type ReactNode } from 'react';
import { useTranslations } from 'next-intl';
import { Link } from '@/lib/i18n/navigation';
import { loadElection } from '@/lib/belenios/election';
import { normalizeCredential, publicCredential } from '@/lib/belenios/credentials';
import { checkCredential } from '@/lib/selection/vote-actions';
import { codeInputProps } from '@/components/ui/code-field';
import { CodeForm } from './code-form';
import { CandidateList, toggled } from './candidate-list';
import { DeviceReview, type DeviceCandidate } from './device-review';

const noSubscribe = () => () => {};

/**
 * The ballot of an encrypted selection, on the voter's device: the code (from the slip's QR code
 * `/vote#<code>`, whose fragment never reaches the server, or typed) stays here; the server only
 * learns its public credential and, at the end, the sealed ballot. Until JavaScript runs the page is
 * the plain server form, on which the server seals the ballot for the voter.
 */
export function DeviceVote({
  year,
  electionRaw,
  candidates,
  max,
  intro,
}: {
  year: number;
  electionRaw: string;
  candidates: DeviceCandidate[];
  max: number;
  /** The page's heading and the code's instructions, shown with the code step only. */
  intro: ReactNode;
}) {
  const t = useTranslations('vote');
  const d = useTranslations('deviceVote');
  const hydrated = useSyncExternalStore(
    noSubscribe,
    () => true,
    () => false,
  );
  const ctx = useMemo(() => loadElection(electionRaw), [electionRaw]);
  // Read while hydrating (the server's render shows the plain form, so nothing differs).
  const [typed, setTyped] = useState(() => (typeof window === 'undefined' ? '' : decodeURIComponent(window.location.hash.slice(1))));
  const [code, setCode] = useState<string | null>(null);
  const [step, setStep] = useState<'code' | 'ballot' | 'review'>('code');
  const [picked, setPicked] = useState<Set<number>>(new Set());
  const [error, setError] = useState<string | null>(null);
  const [checking, setChecking] = useState(false);

  useEffect(() => {
    if (!window.location.hash) return;
    // The code leaves the address bar (and the browser's history) as soon as it is read.
    window.history.replaceState(null, '', window.location.pathname + window.location.search);
  }, []);

  if (!hydrated)
    return (
      <>
        {intro}
        <CodeForm year={year} hint={d('codeHint')} long />
      </>
    );

  async function submitCode(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setError(null);
    const normal = normalizeCredential(typed);
    if (!normal) return setError(d('badCodeTyped'));
    setChecking(true);
    const form = new FormData();
    form.set('year', String(year));
    form.set('credential', publicCredential(ctx.election.uuid, normal));
    const result = await checkCredential(null, form).catch(() => ({ ok: false as const, message: t('refusals.retry') }));
    setChecking(false);
    if (!result.ok) return setError(result.message ?? t('refusals.retry'));
    setCode(normal);
    setStep('ballot');
    window.scrollTo(0, 0);
  }

  const problem = error && (
    <div className="error-summary" role="alert" tabIndex={-1}>
      <p className="font-bold">{t('problem')}</p>
      <p>{error}</p>
    </div>
  );

  if (step === 'code' || !code)
    return (
      <>
        {intro}
        <form onSubmit={submitCode} className="space-y-4 max-w-xl" data-testid="device-code">
          <div aria-live="polite">{problem}</div>
          <div className={`field ${error ? 'field-error' : ''}`}>
            <label htmlFor="code" className="text-xl">
              {t('codeLabel')}
            </label>
            <p className="hint" id="code-hint">
              {d('codeHint')}
            </p>
            <input
              id="code"
              name="code"
              value={typed}
              onChange={(e) => setTyped(e.target.value)}
              {...codeInputProps}
              aria-describedby="code-hint"
              className="code-input code-input-long"
              required
            />
          </div>
          <button type="submit" className="btn-primary btn-large" disabled={checking}>
            {checking ? t('checking') : t('next')}
          </button>
        </form>
      </>
    );

  if (step === 'review')
    return (
      <DeviceReview
        year={year}
        ctx={ctx}
        electionRaw={electionRaw}
        code={code}
        candidates={candidates}
        picked={picked}
        onChange={() => setStep('ballot')}
      />
    );

  return (
    <form
      className="space-y-4"
      onSubmit={(event) => {
        event.preventDefault();
        if (picked.size === 0) return setError(t('refusals.tooFew'));
        setError(null);
        setStep('review');
        window.scrollTo(0, 0);
      }}
    >
      <h1 className="text-3xl font-bold">{t('ballotTitle')}</h1>
      <p className="text-lg">
        {t('ballotIntro', { max })} <span data-testid="ballot-order">{t('order')}</span>
      </p>
      <div aria-live="polite">{problem}</div>
      <CandidateList
        candidates={candidates}
        max={max}
        picked={picked}
        onToggle={(id, on) => setPicked((prev) => toggled(prev, id, on))}
        about={(c) => (
          <Link
            href={`/selections/${year}/candidates/${c.id}`}
            target="_blank"
            className="link-button ml-4"
            aria-label={t('aboutOf', { name: c.name })}
          >
            {d('about')}
          </Link>
        )}
      />
      <button type="submit" className="btn-primary btn-large">
        {t('toReview')}
      </button>
    </form>
  );
}
