'use server';
import { publicAction } from '@/lib/action';
import { commands } from './public-commands';

/** A resident files a request; the number and the key are shown once, on the answer. */
export const fileRequestAction = publicAction(commands.fileRequest);

/** The resident's confirmation (with a score) or reopening, on the public status page. */
export const residentAnswerAction = publicAction(commands.residentAnswer, {
  revalidate: ({ number }) => [`/requests/${number}`],
  // The answer form leaves the page once answered, so the thanks travel with the redirect.
  redirectTo: ({ number, status }) => `/requests/${number}?done=${status}`,
});
