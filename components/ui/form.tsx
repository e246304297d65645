'use client';
import { createContext, useContext, useTransition, type FormHTMLAttributes, type ReactNode } from 'react';
import { useFormStatus } from 'react-dom';
import type { ActionResult } from '@/lib/action/core';

export type FormState = ActionResult<unknown> | null;

/** Errors summarised at the top (GOV.UK style) and announced to screen readers. */
export function FormMessage({ state, errorTitle }: { state: FormState; errorTitle: string }) {
  return (
    <div aria-live="polite" role="status">
      {state && !state.ok && (
        <div className="error-summary" role="alert" tabIndex={-1}>
          <p className="font-bold">{errorTitle}</p>
          <p>{state.message}</p>
        </div>
      )}
      {state?.ok && state.message && <p className="notice-success">✓ {state.message}</p>}
    </div>
  );
}

type FieldProps = {
  name: string;
  label: string;
  state: FormState;
  hint?: string;
  children?: ReactNode;
} & Omit<React.InputHTMLAttributes<HTMLInputElement>, 'name'>;

export function fieldError(state: FormState, name: string): string | undefined {
  return state && !state.ok ? state.fieldErrors?.[name]?.join(' ') : undefined;
}

export function typed(state: FormState, name: string, fallback?: string | number | null): string | undefined {
  if (state && !state.ok && state.values && name in state.values) return state.values[name];
  return fallback == null ? undefined : String(fallback);
}

export function Field({ name, label, state, hint, defaultValue, children, ...rest }: FieldProps) {
  const error = fieldError(state, name);
  const id = `f-${name}`;
  return (
    <div className={`field ${error ? 'field-error' : ''}`}>
      <label htmlFor={id}>{label}</label>
      {hint && (
        <p className="hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      {error && (
        <p className="error-text" id={`${id}-error`}>
          <span aria-hidden>⚠ </span>
          {error}
        </p>
      )}
      {children ?? (
        <input
          id={id}
          name={name}
          defaultValue={typed(state, name, defaultValue as string | undefined)}
          aria-invalid={Boolean(error)}
          aria-describedby={[hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ') || undefined}
          {...rest}
        />
      )}
    </div>
  );
}

const PendingContext = createContext<boolean | null>(null);

/**
 * A form for a server action that works without JavaScript (native POST) and, with it, submits in a
 * transition instead of letting React reset the form: a refused form keeps every field as typed,
 * selects included, and an edit form keeps its saved values.
 */
export function ActionForm({
  action,
  children,
  ...rest
}: { action: (formData: FormData) => void; children: ReactNode } & Omit<FormHTMLAttributes<HTMLFormElement>, 'action' | 'onSubmit'>) {
  const [pending, startTransition] = useTransition();
  return (
    <PendingContext.Provider value={pending}>
      <form
        action={action}
        onSubmit={(event) => {
          event.preventDefault();
          const formData = new FormData(event.currentTarget, (event.nativeEvent as SubmitEvent).submitter);
          startTransition(() => action(formData));
        }}
        {...rest}
      >
        {children}
      </form>
    </PendingContext.Provider>
  );
}

export function SubmitButton({
  children,
  pendingLabel,
  className = 'btn-primary',
}: {
  children: ReactNode;
  pendingLabel: string;
  className?: string;
}) {
  const inTransition = useContext(PendingContext);
  const { pending: posting } = useFormStatus();
  const pending = inTransition ?? posting;
  return (
    <button type="submit" className={className} disabled={pending} aria-disabled={pending}>
      {pending ? pendingLabel : children}
    </button>
  );
}

export function SelectField({
  name,
  label,
  state,
  options,
  defaultValue,
  hint,
}: {
  name: string;
  label: string;
  state: FormState;
  options: { value: string | number; label: string }[];
  defaultValue?: string | number | null;
  hint?: string;
}) {
  const error = fieldError(state, name);
  return (
    <Field name={name} label={label} state={state} hint={hint}>
      <select id={`f-${name}`} name={name} defaultValue={typed(state, name, defaultValue)} aria-invalid={Boolean(error)}>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </Field>
  );
}
