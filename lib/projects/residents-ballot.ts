/**
 * ┌──────────────────────────────────────────────────────────────────────────────────────────────┐
 * │ SEAM for the lead: the residents' ballot of a call (residents' mode) is cast and counted by    │
 * │ the encrypted, verifiable ballot machinery of the Ten Best vote (branch belenios-core): one    │
 * │ code, one ballot, encrypted on the device, only the homomorphic tally decrypted. Nothing in    │
 * │ this branch stores a plaintext ballot. Wire these two functions to that machinery:             │
 * │  - castResidentsBallot: after `ballotProblem` accepted the choice (1..K projects of the ballot, │
 * │    total cost within the budget), hand the encrypted ballot to the cast path;                  │
 * │  - residentsTally: the decrypted per-project counts once the tally is checked.                 │
 * │ `decideByResidents` (decide.ts) then applies the published rule to those counts.               │
 * └──────────────────────────────────────────────────────────────────────────────────────────────┘
 */
import type { Tx } from '@/db/tx';

export type CastRefusal = 'notWired';

/** Not wired yet: refuses every ballot, so no plaintext vote is ever stored. */
export function castResidentsBallot(_callId: number, _choice: number[]): { ok: false; reason: CastRefusal } {
  return { ok: false, reason: 'notWired' };
}

/** Votes per proposal id from the checked tally; null until the encrypted tally is wired. */
export function residentsTally(_tx: Tx, _callId: number): Map<number, number> | null {
  return null;
}
