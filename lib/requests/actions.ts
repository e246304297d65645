'use server';
import { staffAction } from '@/lib/action';
import { commands } from './commands';

// A move changes which forms the page offers, so the one used is gone: the page says what happened
// in its place (#done) and names the new status.
const moved = {
  revalidate: ['/staff/requests'],
  successMessage: 'requests.staff.saved',
  redirectTo: (d: { number: string; status: string }) => `/staff/requests/${d.number}?done=${d.status}#done`,
};
export const assignRequest = staffAction(commands.assignRequest, moved);
export const startRequest = staffAction(commands.startRequest, moved);
export const resolveRequest = staffAction(commands.resolveRequest, moved);
export const noteRequest = staffAction(commands.noteRequest, { revalidate: ['/staff/requests'], successMessage: 'requests.staff.saved' });
export const recordRequest = staffAction(commands.recordRequest, {
  revalidate: ['/staff/requests'],
  successMessage: 'requests.record.saved',
});
