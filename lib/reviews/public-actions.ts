'use server';
import { publicAction } from '@/lib/action';
import { commands } from './public-commands';

export const enterReviewCode = publicAction(commands.enterReviewCode, { redirectTo: () => '/review/form' });
export const submitReviewForm = publicAction(commands.submitReviewForm, { redirectTo: () => '/review/done' });
