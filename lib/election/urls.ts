/**
 * Addresses of an encrypted selection, browser-safe. The private code of a slip goes in the fragment,
 * which browsers never send: the code reaches neither the server nor its logs, only the voter's page.
 */
export const encryptedBallotUrl = (publicUrl: string, code: string, ballotPath = '/vote') => `${publicUrl}${ballotPath}#${code}`;
export const guardianUrl = (publicUrl: string, token: string) => `${publicUrl}/guardian#${token}`;
export const authorityUrl = (publicUrl: string, token: string) => `${publicUrl}/authority#${token}`;
export const partyUrl = (publicUrl: string, kind: 'guardian' | 'authority', token: string) =>
  kind === 'guardian' ? guardianUrl(publicUrl, token) : authorityUrl(publicUrl, token);
export const archivePath = (year: number) => `/api/v1/selections/${year}/archive.bel`;
export const callArchivePath = (callId: number) => `/api/v1/projects/calls/${callId}/archive.bel`;
/** Reads a one-time link's token, or a slip's code, from `location.hash`. */
export const fromFragment = (hash: string) => decodeURIComponent(hash.replace(/^#/, '')).trim();
