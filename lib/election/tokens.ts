import { createHash, randomBytes } from 'node:crypto';

/**
 * A guardian's or the credential authority's one-time link carries this token in its fragment
 * (`/guardian#<token>`), so it never reaches a server log; pages send it in request bodies. Only its
 * hash is stored.
 */
export const newPartyToken = () => randomBytes(24).toString('base64url');
export const hashPartyToken = (token: string) => createHash('sha256').update(`minping:party:${token}`).digest('hex');
export const PARTY_TOKEN = /^[A-Za-z0-9_-]{32}$/;
