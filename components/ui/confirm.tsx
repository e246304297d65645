'use client';
import { Link } from '@/lib/i18n/navigation';
import { useActionState, useEffect, useRef, type ReactNode } from 'react';
import { useTranslations } from 'next-intl';
import type { ActionResult } from '@/lib/action/core';
import { ActionForm, Field, FormMessage, SubmitButton } from './form';

type Action<T> = (prev: ActionResult<T> | null, formData: FormData) => Promise<ActionResult<T>>;

/**
 * The confirmation step of an irreversible act, rendered by the server when the page's URL asks for it
 * (`?confirm=…`), so it works the same without JavaScript. It names what will happen, takes focus, and
 * offers the act and a way back that changes nothing.
 */
export function ConfirmFrame({ title, consequences, children }: { title: string; consequences: string[]; children: ReactNode }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <section id="confirm" className="confirm-panel space-y-3" aria-labelledby="confirm-title" data-testid="confirm">
      <h2 id="confirm-title" ref={heading} tabIndex={-1} className="text-xl font-bold">
        {title}
      </h2>
      <ul className="list-disc pl-6 space-y-1">
        {consequences.map((c) => (
          <li key={c}>{c}</li>
        ))}
      </ul>
      {children}
    </section>
  );
}

export function ConfirmButtons({ confirmLabel, cancelHref }: { confirmLabel: string; cancelHref: string }) {
  const t = useTranslations();
  return (
    <div className="flex flex-wrap gap-3">
      <input type="hidden" name="confirmed" value="yes" />
      <SubmitButton pendingLabel={t('common.saving')} className="btn-danger">
        {confirmLabel}
      </SubmitButton>
      <Link href={cancelHref} className="btn-secondary">
        {t('guards.confirm.cancel')}
      </Link>
    </div>
  );
}

export function ConfirmPanel<T>({
  action,
  fields,
  title,
  consequences,
  confirmLabel,
  cancelHref,
  reason,
}: {
  action: Action<T>;
  fields: Record<string, string | number>;
  title: string;
  consequences: string[];
  confirmLabel: string;
  cancelHref: string;
  reason?: { label: string; hint?: string };
}) {
  const t = useTranslations();
  const [state, formAction] = useActionState(action, null);
  return (
    <ConfirmFrame title={title} consequences={consequences}>
      <ActionForm action={formAction} className="space-y-3" noValidate>
        <FormMessage state={state} errorTitle={t('common.errorTitle')} />
        {Object.entries(fields).map(([name, value]) => (
          <input key={name} type="hidden" name={name} value={value} />
        ))}
        {reason && <Field name="reason" label={reason.label} hint={reason.hint} state={state} autoComplete="off" />}
        <ConfirmButtons confirmLabel={confirmLabel} cancelHref={cancelHref} />
      </ActionForm>
    </ConfirmFrame>
  );
}

/** What opens the confirmation step: a link, so it needs no script and the step has its own address. */
export function ConfirmLink({ href, children }: { href: string; children: ReactNode }) {
  return (
    <Link href={`${href}#confirm`} className="btn-danger" scroll={false}>
      {children}
    </Link>
  );
}

/** One button for a step that needs no confirmation of its own (moving back, withdrawing a request). */
export function ActionButton<T>({
  action,
  fields,
  label,
  className = 'btn-secondary',
}: {
  action: Action<T>;
  fields: Record<string, string | number>;
  label: string;
  className?: string;
}) {
  const t = useTranslations();
  const [state, formAction] = useActionState(action, null);
  return (
    <ActionForm action={formAction}>
      <FormMessage state={state} errorTitle={t('common.errorTitle')} />
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <SubmitButton pendingLabel={t('common.saving')} className={className}>
        {label}
      </SubmitButton>
    </ActionForm>
  );
}
