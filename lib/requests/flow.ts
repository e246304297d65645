import type { RequestStatus } from '@/db/schema';

/** The moves of a request and the states each may start from. Residents confirm or reopen; staff do the rest. */
export const moves = {
  assign: ['received', 'assigned', 'in_progress', 'reopened'],
  start: ['received', 'assigned', 'reopened'],
  resolve: ['assigned', 'in_progress', 'reopened'],
  confirm: ['resolved'],
  reopen: ['resolved'],
} as const satisfies Record<string, readonly RequestStatus[]>;

export type Move = keyof typeof moves;

export const resultOf: Record<Move, RequestStatus> = {
  assign: 'assigned',
  start: 'in_progress',
  resolve: 'resolved',
  confirm: 'confirmed',
  reopen: 'reopened',
};

export function canMove(move: Move, from: RequestStatus): boolean {
  return (moves[move] as readonly RequestStatus[]).includes(from);
}

/** Open: still waiting for the staff to act. */
export const openStatuses: readonly RequestStatus[] = ['received', 'assigned', 'in_progress', 'reopened'];
