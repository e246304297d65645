'use server';
import { staffAction } from '@/lib/action';
import { commands } from './commands';

export const createStaff = staffAction(commands.createStaff, {
  revalidate: ['/staff/accounts'],
  redirectTo: () => '/staff/accounts?saved=1',
});
export const updateStaff = staffAction(commands.updateStaff, { revalidate: ['/staff/accounts'], successMessage: 'common.saved' });
export const setStaffDisabled = staffAction(commands.setStaffDisabled, {
  revalidate: ['/staff/accounts'],
  redirectTo: (d) => `/staff/accounts/${d.id}?done=${d.disabled ? 'disabled' : 'enabled'}`,
});
