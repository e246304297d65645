'use server';
import { staffAction } from '@/lib/action';
import { commands } from './commands';
import { commands as outcomes } from './outcome-commands';

const saved = { successMessage: 'common.saved', revalidate: ['/staff/assessment'] };

export const createCycle = staffAction(commands.createCycle, { ...saved, redirectTo: (d) => `/staff/assessment/${d.id}/config` });
export const updateCycle = staffAction(commands.updateCycle, saved);
export const saveIndicator = staffAction(commands.saveIndicator, saved);
export const removeIndicator = staffAction(commands.removeIndicator, saved);
export const addVetoItem = staffAction(commands.addVetoItem, saved);
export const recordVeto = staffAction(commands.recordVeto, saved);
export const setManualScore = staffAction(commands.setManualScore, saved);
export const computeScores = staffAction(commands.compute, {
  revalidate: ['/staff/assessment'],
  successMessage: 'assessment.compute.done',
});
export const recordOutcome = staffAction(outcomes.recordOutcome, saved);
export const updateOutcome = staffAction(outcomes.updateOutcome, saved);
export const withdrawOutcome = staffAction(outcomes.withdrawOutcome, {
  revalidate: ['/staff/assessment'],
  redirectTo: (d) => `/staff/assessment/${d.cycleId}/officials/${d.officialId}?done=withdrawn#outcomes`,
});
export const publishCycle = staffAction(commands.publish, {
  revalidate: ['/staff/assessment', '/assessment'],
  successMessage: 'common.saved',
});
