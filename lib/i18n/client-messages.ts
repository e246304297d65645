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
  'deviceVote',
  'archiveCheck',
];

export function publicClientMessages(messages: AbstractIntlMessages): AbstractIntlMessages {
  return Object.fromEntries(Object.entries(messages).filter(([key]) => publicNamespaces.includes(key)));
}
