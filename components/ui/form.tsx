'use client';
import { createContext, useContext, useTransition, type FormHTMLAttributes, type ReactNode } from 'react';
import { useFormStatus } from 'react-dom';
import { useLocale } from 'next-intl';
import type { ActionResult } from '@/lib/action/core';
import { ErrorSummary, SuccessNotice, type SummaryItem } from './notice';

export type FormState = ActionResult<unknown> | null;

/**
 * What happened, where the eye is (GOV.UK): a refusal opens an error summary that takes focus and
 * links to each field (the field shows its own error beside it); a success shows beside the control
 * that was used — at the end of the form when the ActionForm is given the state, else here.
 * `target` is where a refusal without field errors points (e.g. the list of candidates).
 */
export function FormMessage({
  state,
  errorTitle,
  target,
  labels,
}: {
  state: FormState;
  errorTitle: string;
  target?: string;
  /** Field names to labels, when the server knows them (otherwise the page's labels are read once hydrated). */
  labels?: Record<string, string>;
}) {
  const form = useContext(FormContext);
  const colon = useLocale().startsWith('zh') ? '：' : ': ';
  if (state && !state.ok)
    return (
      <ErrorSummary title={errorTitle} items={summaryItems(state, form?.idPrefix ?? 'f', target, labels, colon)} focusKey={state} />
    );
  if (state?.ok && state.message && !form?.showsSuccess) return <SuccessNotice focusKey={state}>{state.message}</SuccessNotice>;
  return null;
}

function summaryItems(
  state: Extract<FormState, { ok: false }>,
  prefix: string,
  target?: string,
  labels?: Record<string, string>,
  colon = ': ',
): SummaryItem[] {
  const fields = Object.entries(state.fieldErrors ?? {}).map(([name, messages]) => ({
    href: `#${prefix}-${name}`,
    text: labels?.[name] ? `${labels[name]}${colon}${messages.join(' ')}` : messages.join(' '),
  }));
  return [{ href: fields.length ? '' : (target ?? ''), text: state.message }, ...fields];
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

/** The id of a form's field: `f-<name>`, or `<idPrefix>-<name>` when a page repeats the form (one per row). */
export function useFieldId(name: string): string {
  return `${useContext(FormContext)?.idPrefix ?? 'f'}-${name}`;
}

export function Field({ name, label, state, hint, defaultValue, children, ...rest }: FieldProps) {
  const error = fieldError(state, name);
  const id = useFieldId(name);
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

type FormContextValue = { pending: boolean; showsSuccess: boolean; idPrefix: string };
const FormContext = createContext<FormContextValue | null>(null);

/**
 * A form for a server action that works without JavaScript (native POST) and, with it, submits in a
 * transition instead of letting React reset the form: a refused form keeps every field as typed,
 * selects included, and an edit form keeps its saved values. Given the action's `state`, it shows a
 * success message at its end, beside the submit button.
 */
export function ActionForm({
  action,
  state,
  idPrefix = 'f',
  children,
  ...rest
}: { action: (formData: FormData) => void; state?: FormState; idPrefix?: string; children: ReactNode } & Omit<
  FormHTMLAttributes<HTMLFormElement>,
  'action' | 'onSubmit'
>) {
  const [pending, startTransition] = useTransition();
  const showsSuccess = state !== undefined;
  return (
    <FormContext.Provider value={{ pending, showsSuccess, idPrefix }}>
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
        {state?.ok && state.message && !pending && (
          <SuccessNotice focusKey={state} className="mt-3">
            {state.message}
          </SuccessNotice>
        )}
      </form>
    </FormContext.Provider>
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
  const form = useContext(FormContext);
  const { pending: posting } = useFormStatus();
  const pending = form?.pending ?? posting;
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
  const id = useFieldId(name);
  return (
    <Field name={name} label={label} state={state} hint={hint}>
      <select id={id} name={name} defaultValue={typed(state, name, defaultValue)} aria-invalid={Boolean(error)}>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </Field>
  );
}
