'use server';
import { staffAction } from '@/lib/action';
import { commands } from './commands';

export const createSelection = staffAction(commands.createSelection, { redirectTo: (d) => `/staff/selections/${d.id}?saved=1` });
export const updateSelection = staffAction(commands.updateSelection, { successMessage: 'common.saved' });
export const setStage = staffAction(commands.setStage, { successMessage: 'common.saved', revalidate: ['/staff/selections'] });
export const moderateCriterion = staffAction(commands.moderateCriterion, { successMessage: 'common.saved' });
export const decideNomination = staffAction(commands.decideNomination, { successMessage: 'common.saved' });
export const revokeBatch = staffAction(commands.revokeBatch, { successMessage: 'staff.codes.batchRevoked' });
export const revokeCode = staffAction(commands.revokeCode, { successMessage: 'staff.codes.codeRevoked' });
