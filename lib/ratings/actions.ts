'use server';
import { staffAction } from '@/lib/action';
import { commands } from './commands';

export const computeRatings = staffAction(commands.computeRatings, {
  revalidate: ['/staff/ratings'],
  successMessage: 'ratings.staff.computed',
});
export const publishRatings = staffAction(commands.publishRatings, {
  revalidate: ['/staff/ratings', '/communities'],
  successMessage: 'ratings.staff.published',
});
