import type { Selection, SelectionStage } from '@/db/schema';

export type VotingState = 'notOpen' | 'open' | 'closed';

/** Voting opens and closes by the clock, whatever the stage was set to. */
export function votingState(selection: Pick<Selection, 'stage' | 'votingOpensAt' | 'votingClosesAt'>, now: Date): VotingState {
  if (selection.stage !== 'voting') {
    const before: SelectionStage[] = ['draft', 'criteria', 'nomination'];
    return before.includes(selection.stage) ? 'notOpen' : 'closed';
  }
  if (now < selection.votingOpensAt) return 'notOpen';
  if (now >= selection.votingClosesAt) return 'closed';
  return 'open';
}

/** The stage people should see: a vote past its closing time is being counted. */
export function effectiveStage(selection: Pick<Selection, 'stage' | 'votingOpensAt' | 'votingClosesAt'>, now: Date): SelectionStage {
  return selection.stage === 'voting' && now >= selection.votingClosesAt ? 'counting' : selection.stage;
}

/** Organizers move a selection one step on, or one step back before voting starts. */
export const nextStage: Partial<Record<SelectionStage, SelectionStage>> = {
  draft: 'criteria',
  criteria: 'nomination',
  nomination: 'voting',
  voting: 'counting',
};
export const previousStage: Partial<Record<SelectionStage, SelectionStage>> = {
  criteria: 'draft',
  nomination: 'criteria',
};

type Window = Pick<Selection, 'votingOpensAt' | 'votingClosesAt'>;

/** What a move to the next stage depends on besides the selection itself, read in the same transaction. */
export type StageFacts = {
  candidates: number;
  undecidedNominations: number;
  /** An encrypted selection's setup (guardians' key, every ballot code) is frozen; always true for a plain one. */
  setupFrozen: boolean;
};

/**
 * Why a move from the selection's stage to `to` is refused, as a catalog key, or null. Voting opens
 * only with every nomination decided and a window still ahead; counting starts only once voting has
 * opened and its time is up (ending it sooner is its own act, `endVotingEarly`).
 */
export function stageMoveRefusal(selection: Window, to: SelectionStage, facts: StageFacts, now: Date): string | null {
  if (to === 'voting') {
    if (facts.undecidedNominations > 0) return 'guards.errors.undecidedNominations';
    if (facts.candidates === 0) return 'errors.noCandidates';
    if (!facts.setupFrozen) return 'election.errors.setupNotFrozen';
    if (selection.votingClosesAt <= now) return 'guards.errors.windowPassed';
  }
  if (to === 'counting') {
    if (now < selection.votingOpensAt) return 'guards.errors.votingNotOpened';
    if (now < selection.votingClosesAt) return 'guards.errors.votingStillOpen';
  }
  return null;
}

/** A vote can be counted and published only if it was ever open: its opening time came, before its close. */
export function votingEverOpened(selection: Window, now: Date): boolean {
  return selection.votingOpensAt <= now && selection.votingOpensAt < selection.votingClosesAt;
}
