'use server';
import { staffAction } from '@/lib/action';
import { commands } from './commands';

export const createOfficial = staffAction(commands.createOfficial, {
  revalidate: ['/staff/officials'],
  redirectTo: () => '/staff/officials?saved=1',
});
export const updateOfficial = staffAction(commands.updateOfficial, { revalidate: ['/staff/officials'], successMessage: 'common.saved' });
export const setOfficialActive = staffAction(commands.setOfficialActive, {
  revalidate: ['/staff/officials'],
  successMessage: 'common.saved',
});
