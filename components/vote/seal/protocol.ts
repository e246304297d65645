import type { EncryptedBallot } from '@/lib/belenios/ballot';

/** To the sealing worker: seal `choices` with `code`, or (no code) only parse the election ahead of time. */
export type SealRequest = { id: number; electionRaw: string; code?: string; choices: number[][] };
export type SealReply = { id: number; ok: true; sealed?: EncryptedBallot; ms?: number } | { id: number; ok: false; message: string };
