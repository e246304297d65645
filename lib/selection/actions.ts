'use server';
import { staffAction } from '@/lib/action';
import { commands } from './commands';

export const createSelection = staffAction(commands.createSelection, { redirectTo: (d) => `/staff/selections/${d.id}?saved=1` });
export const updateSelection = staffAction(commands.updateSelection, { successMessage: 'common.saved' });
export const setStage = staffAction(commands.setStage, { successMessage: 'common.saved', revalidate: ['/staff/selections'] });
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
export const revokeBatch = staffAction(commands.revokeBatch, { successMessage: 'staff.codes.batchRevoked' });
export const revokeCode = staffAction(commands.revokeCode, { successMessage: 'staff.codes.codeRevoked' });
