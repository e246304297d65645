'use server';
import { staffAction } from '@/lib/action';
import { commands } from './commands';

export const createUnit = staffAction(commands.createUnit, { revalidate: ['/staff/units'], successMessage: 'common.saved' });
export const updateUnit = staffAction(commands.updateUnit, { revalidate: ['/staff/units'], successMessage: 'common.saved' });
