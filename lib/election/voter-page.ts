import 'server-only';
import { db } from '@/db';
import { listCandidates } from '@/lib/selection/queries';
import { electionOf } from './store';

/**
 * What the voter's device needs to seal a ballot: the election (its public key and question, the
 * exact bytes the ballot's proofs are bound to) and the candidates in the election's answer order.
 * Null until the setup is frozen or once the ballot box is closed.
 */
export function deviceBallot(selectionId: number) {
  const election = electionOf(db(), selectionId);
  if (!election || election.phase !== 'frozen' || !election.electionRaw || !election.answerIds) return null;
  const byId = new Map(listCandidates(selectionId).map((c) => [c.id, c]));
  const candidates = election.answerIds.map((id) => {
    const c = byId.get(id);
    return { id, name: c?.name ?? '', unit: c?.unit ?? '', position: c?.position ?? '' };
  });
  return { electionRaw: election.electionRaw, candidates };
}
