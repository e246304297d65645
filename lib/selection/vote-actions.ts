'use server';
import { publicAction } from '@/lib/action';
import { commands } from './vote-commands';

export const enterCode = publicAction(commands.enterCode, { redirectTo: () => '/vote/ballot' });
export const reviewChoices = publicAction(commands.reviewChoices, { arrays: ['candidate'], redirectTo: ({ next }) => next });
export const confirmBallot = publicAction(commands.confirmBallot, { redirectTo: () => '/vote/receipt' });
