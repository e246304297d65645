'use server';
import { headers } from 'next/headers';
import { formAction } from '@/lib/action';
import { commands } from './commands';

/** Back to the page the form was on, and only ever to a page of this site: never an open redirect. */
async function back(): Promise<string> {
  const h = await headers();
  try {
    const referer = new URL(h.get('referer') ?? '');
    if (referer.host === (h.get('x-forwarded-host') ?? h.get('host'))) return referer.pathname + referer.search;
  } catch {
    /* no or bad referer */
  }
  return '/';
}

// A preference is the visitor's own cookie; whatever the answer, they go back where they were.
export const setLocale = formAction(commands.setLocale, { redirectTo: back });
export const setElderMode = formAction(commands.setElderMode, { redirectTo: back });
