'use server';
import { publicAction } from '@/lib/action';
import { commands } from './public-commands';

export const proposeWithCode = publicAction(commands.proposeWithCode, {
  successMessage: 'projects.propose.thanks',
  revalidate: ['/projects'],
});
export const rateWithCode = publicAction(commands.rate, {
  successMessage: 'projects.rate.thanks',
  revalidate: (d) => [`/projects/${d.projectId}`],
});
export const commentOnProject = publicAction(commands.comment, { successMessage: 'projects.comments.thanks' });
export const castProjectBallot = publicAction(commands.castBallot);
