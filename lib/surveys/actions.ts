'use server';
import { staffAction } from '@/lib/action';
import { commands } from './commands';

export const createSurvey = staffAction(commands.createSurvey, { redirectTo: (d) => `/staff/surveys/${d.id}` });
export const assignSurveyor = staffAction(commands.assignSurveyor, {
  revalidate: ['/staff/surveys'],
  successMessage: 'surveys.staff.assigned',
});
export const commitSeed = staffAction(commands.commitSeed, { revalidate: ['/staff/surveys'], successMessage: 'surveys.staff.committed' });
export const drawSample = staffAction(commands.drawSample, { revalidate: ['/staff/surveys'], successMessage: 'surveys.staff.drawn' });
export const revealSeed = staffAction(commands.revealSeed, {
  revalidate: ['/staff/surveys'],
  redirectTo: (d) => `/staff/surveys/${d.surveyId}?done=revealed`,
});
export const setSurveyStatus = staffAction(commands.setStatus, {
  revalidate: ['/staff/surveys'],
  redirectTo: (d) => `/staff/surveys/${d.surveyId}?done=statusChanged`,
});
