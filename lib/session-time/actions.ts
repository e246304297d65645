'use server';
import { publicAction } from '@/lib/action';
import { commands } from './commands';

export const extendBallot = publicAction(commands.extendBallot);
export const extendReview = publicAction(commands.extendReview);
