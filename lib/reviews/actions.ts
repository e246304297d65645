'use server';
import { staffAction } from '@/lib/action';
import { commands } from './commands';

export const createMeeting = staffAction(commands.createMeeting, {
  revalidate: ['/staff/reviews'],
  redirectTo: ({ id }) => `/staff/reviews/${id}?saved=1`,
});
export const enterForms = staffAction(commands.enterForms, { revalidate: ['/staff/reviews'] });
export const issueCodes = staffAction(commands.issueCodes);
