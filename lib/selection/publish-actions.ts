'use server';
import { staffAction } from '@/lib/action';
import { commands } from './publish-commands';

export const requestPublication = staffAction(commands.requestPublication, {
  successMessage: 'common.saved',
  revalidate: ['/staff/selections'],
});
export const confirmPublication = staffAction(commands.confirmPublication, {
  successMessage: 'common.saved',
  revalidate: ['/staff/selections'],
});
export const recordCommendation = staffAction(commands.recordCommendation, { successMessage: 'common.saved' });
