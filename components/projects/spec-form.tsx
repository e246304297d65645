'use client';
import { useActionState, useId, useState } from 'react';
import type { ActionResult } from '@/lib/action/core';
import { downloadCsv } from '@/lib/csv';
import { formatCode } from '@/lib/selection/codes-format';
import { ActionForm, FormMessage, SubmitButton, fieldError, typed, type FormState } from '@/components/ui/form';

export type Option = { value: string | number; label: string };
export type FieldSpec = {
  name: string;
  label: string;
  kind?: 'text' | 'textarea' | 'select' | 'date' | 'number' | 'file' | 'multi' | 'radio';
  options?: Option[];
  hint?: string;
  defaultValue?: string | number | null;
  defaultValues?: (string | number)[];
  maxLength?: number;
  inputMode?: 'numeric' | 'decimal' | 'text';
  autoComplete?: string;
  /** A file field's largest size, checked in the browser before anything is sent, with what to say above it. */
  maxBytes?: number;
  tooLarge?: string;
};

/** File fields over their size, refused before the upload: the server would refuse them only after receiving them all. */
function oversized(fields: FieldSpec[], formData: FormData): FormState {
  const big = fields.filter((f) => {
    const file = formData.get(f.name);
    return f.kind === 'file' && f.maxBytes !== undefined && file instanceof File && file.size > f.maxBytes;
  });
  if (big.length === 0) return null;
  const message = big[0]!.tooLarge ?? '';
  return { ok: false, message, fieldErrors: Object.fromEntries(big.map((f) => [f.name, [f.tooLarge ?? '']])) };
}

/**
 * One labelled field. Ids come from useId: a page often holds several forms of one kind (a screening
 * form per proposal), and a label must point at its own form's input.
 */
function LabelledField({ spec, state, prefix }: { spec: FieldSpec; state: FormState; prefix: string }) {
  const id = `${prefix}-${spec.name}`;
  const error = fieldError(state, spec.name);
  const describedBy = [spec.hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`field ${error ? 'field-error' : ''}`}>
      <label htmlFor={id}>{spec.label}</label>
      {spec.hint && (
        <p className="hint" id={`${id}-hint`}>
          {spec.hint}
        </p>
      )}
      {error && (
        <p className="error-text" id={`${id}-error`}>
          <span aria-hidden>⚠ </span>
          {error}
        </p>
      )}
      <Input spec={spec} state={state} id={id} describedBy={describedBy} />
    </div>
  );
}

/** A group of radios or checkboxes: a fieldset whose legend is the question, errors beside it. */
function Choices({ spec, state }: { spec: FieldSpec; state: FormState }) {
  const error = fieldError(state, spec.name);
  const checked = (value: string | number) => {
    const typedValue = typed(state, spec.name);
    if (typedValue !== undefined) return typedValue === String(value);
    return spec.kind === 'radio'
      ? String(spec.defaultValue) === String(value)
      : (spec.defaultValues ?? []).map(String).includes(String(value));
  };
  return (
    <fieldset className={`field ${error ? 'field-error' : ''}`}>
      <legend className="font-bold mb-1">{spec.label}</legend>
      {spec.hint && <p className="hint">{spec.hint}</p>}
      {error && (
        <p className="error-text">
          <span aria-hidden>⚠ </span>
          {error}
        </p>
      )}
      {spec.options?.map((o) => (
        <label key={o.value} className="choice">
          <input
            type={spec.kind === 'radio' ? 'radio' : 'checkbox'}
            name={spec.kind === 'multi' ? `${spec.name}[]` : spec.name}
            value={o.value}
            defaultChecked={checked(o.value)}
          />
          <span>{o.label}</span>
        </label>
      ))}
    </fieldset>
  );
}

function Input({ spec, state, id, describedBy }: { spec: FieldSpec; state: FormState; id: string; describedBy?: string }) {
  const error = fieldError(state, spec.name);
  const invalid = Boolean(error);
  const aria = { 'aria-invalid': invalid, 'aria-describedby': describedBy };
  switch (spec.kind) {
    case 'textarea':
      return (
        <textarea
          id={id}
          name={spec.name}
          rows={4}
          maxLength={spec.maxLength}
          defaultValue={typed(state, spec.name, spec.defaultValue)}
          aria-invalid={invalid}
        />
      );
    case 'select':
      return (
        <select id={id} name={spec.name} defaultValue={typed(state, spec.name, spec.defaultValue)} {...aria}>
          {spec.options?.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      );
    default:
      return (
        <input
          id={id}
          name={spec.name}
          type={spec.kind === 'date' ? 'date' : spec.kind === 'file' ? 'file' : 'text'}
          accept={spec.kind === 'file' ? 'image/*' : undefined}
          inputMode={spec.kind === 'number' ? 'decimal' : spec.inputMode}
          maxLength={spec.maxLength}
          autoComplete={spec.autoComplete ?? 'off'}
          defaultValue={spec.kind === 'file' ? undefined : typed(state, spec.name, spec.defaultValue)}
          {...aria}
        />
      );
  }
}

/** Codes handed out once: shown here, and offered as a CSV file; the server keeps only their hashes. */
function Codes({
  codes,
  label,
  fileName,
  note,
  countNote,
}: {
  codes: string[];
  label: string;
  fileName: string;
  note: string;
  countNote: string;
}) {
  return (
    <div className="space-y-2 border-2 border-dashed p-3" data-testid="issued-codes">
      <p className="notice-info">{note}</p>
      <button
        type="button"
        className="btn-secondary"
        onClick={() =>
          downloadCsv(
            fileName,
            ['code'],
            codes.map((c) => [formatCode(c)]),
          )
        }
      >
        {label}
      </button>
      {/* A community can have thousands of households: the file holds them all, the page a sample to check. */}
      <p data-testid="codes-count">{countNote.replace('#', String(codes.length))}</p>
      <ul className="grid grid-cols-2 gap-1 font-mono sm:grid-cols-4">
        {codes.slice(0, 24).map((c) => (
          <li key={c}>{formatCode(c)}</li>
        ))}
      </ul>
    </div>
  );
}

/**
 * A form for one command, declared as data so server pages can lay out many of them: labels come
 * translated from the page, errors appear at the top and beside each field, what was typed is kept.
 */
export function SpecForm<T>({
  action,
  hidden = {},
  fields,
  submit,
  pending,
  errorTitle,
  className = 'space-y-3',
  hideOnSuccess = false,
  codes,
  testId,
}: {
  action: (prev: ActionResult<T> | null, formData: FormData) => Promise<ActionResult<T>>;
  hidden?: Record<string, string | number>;
  fields: FieldSpec[];
  submit: string;
  pending: string;
  errorTitle: string;
  className?: string;
  hideOnSuccess?: boolean;
  /** How issued codes are offered; `countNote` says how many, with # for the number. */
  codes?: { label: string; fileName: string; note: string; countNote: string };
  testId?: string;
}) {
  const [state, formAction] = useActionState(action, null);
  const [refusedHere, setRefusedHere] = useState<FormState>(null);
  const shown = refusedHere ?? (state as FormState);
  const send = (formData: FormData) => {
    const refusal = oversized(fields, formData);
    setRefusedHere(refusal);
    if (!refusal) formAction(formData);
  };
  const prefix = useId();
  const data = state?.ok ? (state.data as { codes?: string[] } | undefined) : undefined;
  if (state?.ok && hideOnSuccess)
    return (
      <p className="notice-success text-lg" role="status" data-testid={testId ? `${testId}-done` : undefined}>
        ✓ {state.message}
      </p>
    );
  return (
    <ActionForm action={send} className={className} noValidate data-testid={testId}>
      <FormMessage state={shown} errorTitle={errorTitle} />
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {fields.map((spec) =>
        spec.kind === 'radio' || spec.kind === 'multi' ? (
          <Choices key={spec.name} spec={spec} state={shown} />
        ) : (
          <LabelledField key={spec.name} spec={spec} state={shown} prefix={prefix} />
        ),
      )}
      {codes && data?.codes && <Codes codes={data.codes} {...codes} />}
      <SubmitButton pendingLabel={pending}>{submit}</SubmitButton>
    </ActionForm>
  );
}
