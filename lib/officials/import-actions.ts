'use server';
import { staffAction } from '@/lib/action';
import { commands } from './import-commands';

export const commitRosterImport = staffAction(commands.commitRosterImport, {
  revalidate: ['/staff/officials'],
  redirectTo: (d) => `/staff/officials/import?imported=${d.imported}`,
});
export const discardRosterImport = staffAction(commands.discardRosterImport, { redirectTo: () => '/staff/officials/import' });
