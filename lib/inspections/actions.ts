'use server';
import { staffAction } from '@/lib/action';
import { commands } from './commands';

export const createSite = staffAction(commands.createSite, {
  revalidate: ['/staff/inspections/sites'],
  redirectTo: ({ id }) => `/staff/inspections/sites/${id}?saved=1`,
});
export const updateSite = staffAction(commands.updateSite, { revalidate: ['/staff/inspections/sites'], successMessage: 'common.saved' });
export const setSiteActive = staffAction(commands.setSiteActive, {
  revalidate: ['/staff/inspections/sites'],
  successMessage: 'common.saved',
});
export const recordInspection = staffAction(commands.recordInspection, {
  revalidate: ['/staff/inspections'],
  redirectTo: ({ id }) => `/staff/inspections/${id}?saved=1`,
});
export const updateRecommendation = staffAction(commands.updateRecommendation, {
  redirectTo: ({ id }) => `/staff/inspections/${id}?saved=1`,
});
