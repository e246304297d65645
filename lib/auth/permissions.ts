import type { Role } from '@/db/schema';

/** Who may do what. Scope (which units) is checked separately, on every record. */
export const permissions = {
  'dashboard.read': ['admin', 'organizer', 'inspector', 'surveyor', 'unit_staff', 'viewer', 'deputy'],
  'units.read': ['admin', 'organizer', 'viewer'],
  'units.write': ['admin'],
  'officials.read': ['admin', 'organizer', 'inspector', 'surveyor', 'unit_staff', 'viewer'],
  'officials.write': ['admin', 'organizer'],
  'officials.import': ['admin', 'organizer'],
  'staff.read': ['admin'],
  'staff.write': ['admin'],
  'audit.read': ['admin', 'viewer'],
  'selection.read': ['admin', 'organizer', 'viewer'],
  'selection.manage': ['organizer'],
  'codes.issue': ['organizer'],
  // Community kiosks that cast ballots over the API with a key of their own.
  'kiosks.manage': ['organizer'],
  // Residents' voice (night talks, requests, surveys, star ratings). Unit staff act within their unit.
  'nightTalks.read': ['admin', 'organizer', 'unit_staff', 'viewer'],
  'nightTalks.record': ['organizer', 'unit_staff'],
  'requests.read': ['admin', 'organizer', 'unit_staff', 'viewer'],
  'requests.manage': ['organizer', 'unit_staff'],
  'surveys.read': ['admin', 'organizer', 'surveyor', 'viewer'],
  'surveys.manage': ['organizer'],
  // Surveyors enter phone interviews and visits only in the communities assigned to them.
  'surveys.enter': ['organizer', 'surveyor'],
  'ratings.read': ['admin', 'organizer', 'viewer', 'unit_staff'],
  'ratings.publish': ['organizer'],
  // Assessment. Inspectors and surveyors never see composite scores: they hold no 'scores.read'.
  'inspections.read': ['admin', 'organizer', 'inspector', 'viewer'],
  'inspections.record': ['organizer', 'inspector'],
  'reviews.read': ['admin', 'organizer', 'inspector', 'viewer'],
  'reviews.manage': ['organizer', 'inspector'],
  'assessment.read': ['admin', 'organizer', 'viewer'],
  'assessment.manage': ['organizer'],
  'scores.read': ['admin', 'organizer', 'viewer', 'unit_staff'],
  // Livelihood projects (民生实事). Deputies of the people's congress propose and vote; unit staff
  // record proposals from their community offices and report progress on their units' projects.
  'projects.read': ['admin', 'organizer', 'unit_staff', 'viewer', 'deputy'],
  'projects.manage': ['organizer'],
  'projects.propose': ['organizer', 'unit_staff', 'deputy'],
  'projects.vote': ['deputy'],
  'projects.progress': ['organizer', 'unit_staff'],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof permissions;

export function can(role: Role, permission: Permission): boolean {
  return (permissions[permission] as readonly Role[]).includes(role);
}

export type Actor = {
  id: number;
  username: string;
  displayName: string;
  role: Role;
  unitId: number | null;
  /** The path of the account's unit; null when the account spans the whole district. */
  unitPath: string | null;
};

export function inScope(actor: Actor, unitPath: string): boolean {
  return actor.unitPath === null || unitPath.startsWith(actor.unitPath);
}
