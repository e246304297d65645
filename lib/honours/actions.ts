'use server';
import { staffAction } from '@/lib/action';
import { commands } from './commands';

export const importHonours = staffAction(commands.importHonours, { revalidate: ['/hall-of-fame'] });
