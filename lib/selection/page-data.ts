import 'server-only';
import type { Selection } from '@/db/schema';
import { candidateEnglish, getTurnout, listCandidates, listCriteria } from './queries';
import { getPublishedResult } from './results';
import { effectiveStage } from './stages';

/** Everything the public selection page shows, read in one place. */
export function selectionPageData(selection: Selection, at: Date) {
  const stage = effectiveStage(selection, at);
  const result = getPublishedResult(selection.id);
  const live = stage === 'voting' || stage === 'counting';
  const listed = live || stage === 'published' || stage === 'archived';
  return {
    selection,
    stage,
    result,
    criteria: listCriteria(selection.id, ['adopted']),
    // Once results are out, the ranking takes the place of the candidate list.
    candidates: listed && !result ? listCandidates(selection.id) : [],
    turnout: live || result ? getTurnout(selection.id) : null,
    // A published tally keeps the Chinese it was counted with; English pages add these names.
    english: result ? candidateEnglish(selection.id) : {},
  };
}
