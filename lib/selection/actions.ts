'use server';
import { staffAction } from '@/lib/action';
import { commands as closeCommands } from './close-commands';
import { commands } from './commands';

const overview = (id: number, done: string) => `/staff/selections/${id}?done=${done}`;
/** An encrypted selection says whether its ballot box closed with the vote. */
const ended = (d: { closed: boolean; boxClosed?: boolean }) =>
  d.boxClosed === undefined ? 'ended' : d.boxClosed ? 'endedBox' : 'endedBoxOpen';

export const createSelection = staffAction(commands.createSelection, { redirectTo: (d) => `/staff/selections/${d.id}?saved=1` });
export const updateSelection = staffAction(commands.updateSelection, { successMessage: 'common.saved' });
export const setStage = staffAction(commands.setStage, {
  revalidate: ['/staff/selections'],
  redirectTo: (d) => overview(d.id, `stage-${d.stage}`),
});
// A moderated criterion moves to another list on the page: the page marks it where it now is.
export const moderateCriterion = staffAction(commands.moderateCriterion, {
  successMessage: 'common.saved',
  redirectTo: (d) => `/staff/selections/${d.selectionId}/criteria?done=${d.status}&c=${d.id}#criterion-${d.id}`,
});
// The decided nomination leaves the pending list, and its form with it: the page says what happened
// at the top of the list (#done).
export const decideNomination = staffAction(commands.decideNomination, {
  successMessage: 'common.saved',
  redirectTo: (d) => `/staff/selections/${d.selectionId}/nominations?done=${d.decision}&n=${d.id}#done`,
});
export const revokeBatch = staffAction(commands.revokeBatch, {
  redirectTo: (d) => `/staff/selections/${d.selectionId}/codes?done=revoked`,
});
export const revokeCode = staffAction(commands.revokeCode, { successMessage: 'staff.codes.codeRevoked' });
export const endVotingEarly = staffAction(closeCommands.endVotingEarly, {
  revalidate: ['/staff/selections'],
  redirectTo: (d) => overview(d.id, d.closed ? ended(d) : 'endRequested'),
});
export const confirmEndVotingEarly = staffAction(closeCommands.confirmEndVotingEarly, {
  revalidate: ['/staff/selections'],
  redirectTo: (d) => overview(d.id, ended(d)),
});
export const cancelEndVotingEarly = staffAction(closeCommands.cancelEndVotingEarly, { redirectTo: (d) => overview(d.id, 'endCancelled') });
