'use server';
import { staffAction } from '@/lib/action';
import { commands } from './commands';

export const recordNightTalk = staffAction(commands.recordNightTalk, {
  revalidate: ['/staff/night-talks', '/staff/requests'],
  successMessage: 'nightTalks.saved',
});
