'use server';
import { staffAction } from '@/lib/action';
import { commands } from './entry-commands';

export const recordCall = staffAction(commands.recordCall, { revalidate: ['/staff/surveys'], successMessage: 'surveys.entry.callSaved' });
export const recordVisit = staffAction(commands.recordVisit, {
  revalidate: ['/staff/surveys'],
  successMessage: 'surveys.entry.visitSaved',
});
