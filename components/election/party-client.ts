'use client';
import { useSyncExternalStore } from 'react';
import type { ActionResult } from '@/lib/action/core';
import { fromFragment } from '@/lib/election/urls';

/** Calls a party's server action with plain fields (the page's own state, not a form). */
export async function callParty<T>(
  action: (prev: ActionResult<T> | null, formData: FormData) => Promise<ActionResult<T>>,
  fields: Record<string, string | number>,
): Promise<ActionResult<T>> {
  const form = new FormData();
  for (const [k, v] of Object.entries(fields)) form.set(k, String(v));
  return action(null, form);
}

/** Offers text to the user as a file, made in the page (a key file, never uploaded). */
export function downloadText(fileName: string, text: string, type = 'application/json') {
  const a = document.createElement('a');
  a.href = URL.createObjectURL(new Blob([text], { type }));
  a.download = fileName;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(a.href), 10_000);
}

/** Lets the page paint "working…" before a long computation on the main thread. */
export const nextFrame = () => new Promise<void>((resolve) => setTimeout(resolve, 30));

const onHashChange = (callback: () => void) => {
  window.addEventListener('hashchange', callback);
  return () => window.removeEventListener('hashchange', callback);
};

/** The one-time link's token from the URL fragment: null while rendered on the server. */
export const useFragment = () =>
  useSyncExternalStore(
    onHashChange,
    () => fromFragment(window.location.hash),
    () => null,
  );
