'use server';
import { publicAction } from '@/lib/action';
import { commands } from './public-commands';

export const proposeCriterion = publicAction(commands.proposeCriterion, { successMessage: 'public.criterionReceived' });
export const endorseCriterion = publicAction(commands.endorseCriterion, { successMessage: 'public.endorsed' });
export const nominate = publicAction(commands.nominate, { successMessage: 'public.nominationReceived' });
