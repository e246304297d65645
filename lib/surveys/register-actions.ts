'use server';
import { staffAction } from '@/lib/action';
import { commands } from './register-commands';

export const importRegister = staffAction(commands.importRegister, { revalidate: ['/staff/surveys'] });
export const issueSurveyCodes = staffAction(commands.issueCodes, { revalidate: ['/staff/surveys'] });
