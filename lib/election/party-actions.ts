'use server';
import { publicAction } from '@/lib/action';
import { commands } from './party-commands';

export const partyState = publicAction(commands.partyState);
export const guardianUpload = publicAction(commands.guardianUpload);
export const uploadCredentials = publicAction(commands.uploadCredentials);
