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
