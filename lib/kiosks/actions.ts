'use server';
import { staffAction } from '@/lib/action';
import { commands } from './commands';

export const issueKiosk = staffAction(commands.issueKiosk, { revalidate: ['/staff/kiosks'] });
export const revokeKiosk = staffAction(commands.revokeKiosk, { revalidate: ['/staff/kiosks'], successMessage: 'staff.kiosks.revoked' });
