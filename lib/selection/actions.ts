'use server';
import { staffAction } from '@/lib/action';
import { commands as closeCommands } from './close-commands';
import { commands } from './commands';

const overview = (id: number, done: string) => `/staff/selections/${id}?done=${done}`;

export const createSelection = staffAction(commands.createSelection, { redirectTo: (d) => `/staff/selections/${d.id}?saved=1` });
export const updateSelection = staffAction(commands.updateSelection, { successMessage: 'common.saved' });
export const setStage = staffAction(commands.setStage, {
  revalidate: ['/staff/selections'],
  redirectTo: (d) => overview(d.id, `stage-${d.stage}`),
});
export const moderateCriterion = staffAction(commands.moderateCriterion, { successMessage: 'common.saved' });
export const decideNomination = staffAction(commands.decideNomination, { successMessage: 'common.saved' });
export const revokeBatch = staffAction(commands.revokeBatch, {
  redirectTo: (d) => `/staff/selections/${d.selectionId}/codes?done=revoked`,
});
export const revokeCode = staffAction(commands.revokeCode, { successMessage: 'staff.codes.codeRevoked' });
export const endVotingEarly = staffAction(closeCommands.endVotingEarly, {
  revalidate: ['/staff/selections'],
  redirectTo: (d) => overview(d.id, d.closed ? 'ended' : 'endRequested'),
});
export const confirmEndVotingEarly = staffAction(closeCommands.confirmEndVotingEarly, {
  revalidate: ['/staff/selections'],
  redirectTo: (d) => overview(d.id, 'ended'),
});
export const cancelEndVotingEarly = staffAction(closeCommands.cancelEndVotingEarly, { redirectTo: (d) => overview(d.id, 'endCancelled') });
