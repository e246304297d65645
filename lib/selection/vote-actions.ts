'use server';
import { publicAction } from '@/lib/action';
import { commands } from './vote-commands';
import { deviceCommands } from './device-vote-commands';

export const enterCode = publicAction(commands.enterCode, { redirectTo: () => '/vote/ballot' });
export const reviewChoices = publicAction(commands.reviewChoices, { arrays: ['candidate'], redirectTo: ({ next }) => next });
export const confirmBallot = publicAction(commands.confirmBallot, { redirectTo: () => '/vote/receipt' });

export const checkCredential = publicAction(deviceCommands.checkCredential);
export const castDeviceBallot = publicAction(deviceCommands.castDeviceBallot, { redirectTo: () => '/vote/receipt' });
