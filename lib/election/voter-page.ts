import 'server-only';
import { db } from '@/db';
import { listCandidates } from '@/lib/selection/queries';
import { electionPool } from './pool';
import { electionOf, electionOfCall } from './store';

/** The candidates in the election's answer order (the order of every ballot's choices and of the result). */
function answerCandidates(selectionId: number, answerIds: number[]) {
  const byId = new Map(listCandidates(selectionId).map((c) => [c.id, c]));
  return answerIds.map((id) => {
    const c = byId.get(id);
    return { id, name: c?.name ?? '', unit: c?.unit ?? '', position: c?.position ?? '' };
  });
}

/**
 * What the voter's device needs to seal a ballot: the election (its public key and question, the
 * exact bytes the ballot's proofs are bound to) and the candidates in answer order. Null until the
 * setup is frozen or once the ballot box is closed.
 */
export function deviceBallot(selectionId: number) {
  const election = electionOf(db(), selectionId);
  if (!election || election.phase !== 'frozen' || !election.electionRaw || !election.answerIds) return null;
  // Start the ballot checkers while the voter chooses: the first cast should not wait for them.
  electionPool(db(), election).catch(() => undefined);
  return { electionRaw: election.electionRaw, candidates: answerCandidates(selectionId, election.answerIds) };
}

/** The election's uuid and the candidates' names in answer order, for reading a verified archive; null without a frozen setup. */
export function archiveCheckFacts(selectionId: number): { uuid: string; names: string[] } | null {
  const election = electionOf(db(), selectionId);
  if (!election?.electionRaw || !election.answerIds) return null;
  return { uuid: election.uuid, names: answerCandidates(selectionId, election.answerIds).map((c) => c.name) };
}

/** The same for a call's residents' vote: the election and its answers (proposal ids) in order. */
export function callDeviceBallot(callId: number) {
  const election = electionOfCall(db(), callId);
  if (!election || election.phase !== 'frozen' || !election.electionRaw || !election.answerIds) return null;
  electionPool(db(), election).catch(() => undefined);
  return { electionRaw: election.electionRaw, answerIds: election.answerIds };
}

/** Whether a call's residents' vote has a public record (its election's setup is frozen). */
export const callHasRecord = (callId: number) => Boolean(electionOfCall(db(), callId)?.electionRaw);
