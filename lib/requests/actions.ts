'use server';
import { staffAction } from '@/lib/action';
import { commands } from './commands';

export const assignRequest = staffAction(commands.assignRequest, {
  revalidate: ['/staff/requests'],
  successMessage: 'requests.staff.saved',
});
export const startRequest = staffAction(commands.startRequest, { revalidate: ['/staff/requests'], successMessage: 'requests.staff.saved' });
export const resolveRequest = staffAction(commands.resolveRequest, {
  revalidate: ['/staff/requests'],
  successMessage: 'requests.staff.saved',
});
export const noteRequest = staffAction(commands.noteRequest, { revalidate: ['/staff/requests'], successMessage: 'requests.staff.saved' });
export const recordRequest = staffAction(commands.recordRequest, {
  revalidate: ['/staff/requests'],
  successMessage: 'requests.record.saved',
});
