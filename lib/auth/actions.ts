'use server';
import { formAction, publicAction } from '@/lib/action';
import { commands } from './commands';

export const signInAction = publicAction(commands.signIn, { redirectTo: ({ next }) => next });
export const signOutAction = formAction(commands.signOut, { redirectTo: (result) => (result.ok ? '/login?signedOut=1' : '/staff') });
