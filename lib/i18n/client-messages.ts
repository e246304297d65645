import type { AbstractIntlMessages } from 'next-intl';

// The namespaces that public client components read. Sending only these keeps every public page's
// payload small (the whole catalog is several times larger, and is sent only to staff pages).
const publicNamespaces = [
  'common',
  'login',
  'vote',
  'selection',
  'recount',
  'errorPage',
  'requests',
  'reviewForm',
  'survey',
  'projects',
  'deviceVote',
  'archiveCheck',
];

export function publicClientMessages(messages: AbstractIntlMessages): AbstractIntlMessages {
  return Object.fromEntries(Object.entries(messages).filter(([key]) => publicNamespaces.includes(key)));
}

/** The public set plus the namespaces of one page's own client components (guardians', credential authority's pages). */
export function clientMessagesWith(messages: AbstractIntlMessages, extra: string[]): AbstractIntlMessages {
  return Object.fromEntries(Object.entries(messages).filter(([key]) => publicNamespaces.includes(key) || extra.includes(key)));
}
