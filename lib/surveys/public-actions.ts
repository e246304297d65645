'use server';
import { publicAction } from '@/lib/action';
import { commands } from './public-commands';

export type { Questionnaire } from './public-commands';

export const openQuestionnaire = publicAction(commands.openQuestionnaire);
export const submitQuestionnaire = publicAction(commands.submitQuestionnaire);
