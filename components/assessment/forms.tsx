'use client';
import { useActionState, useState, type ReactNode } from 'react';
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import type { ActionResult } from '@/lib/action/core';
import { ActionForm, FormMessage, SubmitButton } from '@/components/ui/form';

/** A staff form around one server action; fields come from the server page, errors are listed on top. */
export function AssessmentForm<T>({
  action,
  submit,
  labels = {},
  children,
  className = 'space-y-3',
  secondary = false,
}: {
  action: (prev: ActionResult<T> | null, formData: FormData) => Promise<ActionResult<T>>;
  submit: string;
  labels?: Record<string, string>;
  children: ReactNode;
  className?: string;
  secondary?: boolean;
}) {
  const t = useTranslations();
  const [state, formAction] = useActionState<ActionResult<T> | null, FormData>(action, null);
  return (
    <ActionForm action={formAction} state={state} className={className} noValidate>
      <FormMessage state={state} errorTitle={t('common.errorTitle')} labels={labels} />
      {children}
      <SubmitButton pendingLabel={t('common.saving')} className={secondary ? 'btn-secondary' : 'btn-primary'}>
        {submit}
      </SubmitButton>
    </ActionForm>
  );
}

type Line = { type: string; done: number; total: number; label?: string; message: string };

/** A refusal the server wrote in the user's language; anything else thrown is technical text. */
class ServerRefusal extends Error {}

/** Only the server's own translated message is shown; a network or parsing error gets the fallback. */
export function computeFailureText(error: unknown, fallback: string): string {
  return error instanceof ServerRefusal ? error.message : fallback;
}

// Like the codes' progress reader, but keeps each line's phase label.
export async function readLines(
  response: Response,
  onProgress: (p: { done: number; total: number; label?: string }) => void,
): Promise<Line> {
  if (!response.body) throw new Error('incomplete');
  const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = '';
  for (;;) {
    const { value, done } = await reader.read();
    if (value) buffer += value;
    const lines = buffer.split('\n');
    buffer = done ? '' : (lines.pop() ?? '');
    for (const text of lines.filter(Boolean)) {
      const line = JSON.parse(text) as Line;
      if (line.type === 'progress') onProgress(line);
      if (line.type === 'error') throw new ServerRefusal(line.message);
      if (line.type === 'result') return line;
    }
    if (done) throw new Error('incomplete');
  }
}

/** Starts a recompute and shows its progress; the page then reloads its figures. */
export function ComputeButton<T>({
  cycleId,
  action,
}: {
  cycleId: number;
  /** The same recompute as a server action: the form's native POST when JavaScript is off. */
  action: (prev: ActionResult<T> | null, formData: FormData) => Promise<ActionResult<T>>;
}) {
  const [state, formAction] = useActionState<ActionResult<T> | null, FormData>(action, null);
  const t = useTranslations('assessment.compute');
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  const [progress, setProgress] = useState<{ done: number; total: number; label?: string } | null>(null);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);

  async function run(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setBusy(true);
    setMessage(null);
    try {
      const response = await fetch(`/api/staff/assessment/${cycleId}/compute`, { method: 'POST' });
      const result = await readLines(response, setProgress);
      setMessage({ ok: true, text: result.message });
      router.refresh();
    } catch (e) {
      setMessage({ ok: false, text: computeFailureText(e, t('failed')) });
    } finally {
      setBusy(false);
      setProgress(null);
    }
  }

  return (
    <form className="space-y-2" action={formAction} onSubmit={run}>
      <input type="hidden" name="cycleId" value={cycleId} />
      <button type="submit" className="btn-primary" disabled={busy}>
        {busy ? t('running') : t('run')}
      </button>
      <div aria-live="polite">
        {progress && (
          <div>
            <label htmlFor="compute-progress">{progress.label ?? t('running')}</label>
            <progress id="compute-progress" className="block w-full max-w-md h-4" max={progress.total || 1} value={progress.done} />
          </div>
        )}
        {message && <p className={message.ok ? 'notice-success' : 'error-summary'}>{message.text}</p>}
        {!message && state?.message && <p className={state.ok ? 'notice-success' : 'error-summary'}>{state.message}</p>}
      </div>
    </form>
  );
}
