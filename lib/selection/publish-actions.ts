'use server';
import { staffAction } from '@/lib/action';
import { commands } from './publish-commands';

const countPage = (d: { id: number; published: boolean }) =>
  `/staff/selections/${d.id}/count?done=${d.published ? 'published' : 'requested'}`;

export const requestPublication = staffAction(commands.requestPublication, { revalidate: ['/staff/selections'], redirectTo: countPage });
export const confirmPublication = staffAction(commands.confirmPublication, { revalidate: ['/staff/selections'], redirectTo: countPage });
export const recordCommendation = staffAction(commands.recordCommendation, { successMessage: 'common.saved' });
