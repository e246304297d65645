'use client';
import { useEffect, useRef, useState } from 'react';
import { useTranslations } from 'next-intl';
import type { ActionResult } from '@/lib/action/core';
import { Link } from '@/lib/i18n/navigation';

type Extend = (prev: null, formData: FormData) => Promise<ActionResult<{ remainingMs: number }>>;

const WARN_MS = 5 * 60_000;
const TICK_MS = 5_000;

/**
 * A time limit that never runs out unannounced (MIIT 2021 适老化, WCAG 2.2.1): a task kept in a
 * short-lived cookie (a ballot in progress) is renewed when the page opens, a warning with a button to
 * extend appears five minutes before the end, and at the end the page says so and how to go on.
 * `extend` (lib/session-time) renews the cookie and answers how long it now lasts; a refusal means
 * the cookie is gone. Without JavaScript the page's own text states the limit instead.
 */
export function SessionClock({
  extend,
  namespace,
  restartHref,
}: {
  extend: Extend;
  namespace: 'vote.session' | 'reviewForm.session';
  restartHref: string;
}) {
  const t = useTranslations(namespace);
  const [deadline, setDeadline] = useState<number | null>(null);
  const [now, setNow] = useState<number | null>(null);
  // Renewing sets a cookie, so Next re-renders the page and hands down a new `extend` each time:
  // keyed on it, the effect below would renew again after every renewal, without end. Renew once on
  // opening, and then only when asked.
  const latest = useRef(extend);
  useEffect(() => {
    latest.current = extend;
  });
  const renew = (cancelled = () => false) =>
    latest.current(null, new FormData()).then((r) => {
      if (cancelled()) return;
      const at = Date.now();
      setDeadline(r.ok && r.data ? at + r.data.remainingMs : at);
      setNow(at);
    });
  useEffect(() => {
    let cancelled = false;
    renew(() => cancelled);
    const id = setInterval(() => setNow(Date.now()), TICK_MS);
    return () => {
      cancelled = true;
      clearInterval(id);
    };
    // Once per page (see `latest`).
  }, []);
  if (deadline === null || now === null) return null;
  const left = deadline - now;
  // Present once the limit is known (tests wait for it before moving the clock).
  if (left > WARN_MS) return <span hidden data-testid="session-clock" />;
  if (left <= 0)
    return (
      <div className="session-clock" role="alert" data-testid="session-expired">
        <p className="font-bold">{t('expired')}</p>
        <Link href={restartHref} className="btn-primary">
          {t('restart')}
        </Link>
      </div>
    );
  return (
    <div className="session-clock" role="alert" data-testid="session-warning">
      <p className="font-bold">{t('warning', { minutes: Math.max(1, Math.ceil(left / 60_000)) })}</p>
      <button type="button" className="btn-primary" onClick={() => renew()}>
        {t('extend')}
      </button>
    </div>
  );
}
