'use server';
import { staffAction } from '@/lib/action';
import { commands } from './commands';

const electionPage = (id: number, done?: string) => `/staff/selections/${id}/election${done ? `?done=${done}` : ''}`;

export const setupElection = staffAction(commands.setupElection, { revalidate: ['/staff/selections'] });
export const reissueLink = staffAction(commands.reissueLink);
export const freezeSetup = staffAction(commands.freezeSetup, { redirectTo: (d) => electionPage(d.selectionId, 'frozen') });
export const closeBallotBox = staffAction(commands.closeBallotBox, { redirectTo: (d) => electionPage(d.selectionId, 'closed') });
