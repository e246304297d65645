'use server';
import { staffAction } from '@/lib/action';
import { commands } from './commands';

export const computeRatings = staffAction(commands.computeRatings, {
  revalidate: ['/staff/ratings'],
  successMessage: 'ratings.staff.computed',
});
export const publishRatings = staffAction(commands.publishRatings, {
  revalidate: ['/staff/ratings', '/communities'],
  redirectTo: (d) => `/staff/ratings?done=published&survey=${d.surveyId}`,
});
