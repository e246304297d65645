import type { AnyActionDef } from '@/lib/action/core';
import { commands as officialCommands } from '@/lib/officials/commands';
import { commands as honourCommands } from '@/lib/honours/commands';
import { commands as rosterCommands } from '@/lib/officials/import-commands';
import { previewCommand } from '@/lib/officials/preview-command';
import { commands as staffCommands } from '@/lib/staff/commands';
import { commands as selectionCommands } from '@/lib/selection/commands';
import { commands as publishCommands } from '@/lib/selection/publish-commands';
import { issueCommand } from '@/lib/selection/issue-command';
import { commands as selectionPublicCommands } from '@/lib/selection/public-commands';
import { commands as voteCommands } from '@/lib/selection/vote-commands';
import { commands as sessionTimeCommands } from '@/lib/session-time/commands';
import { deviceCommands } from '@/lib/selection/device-vote-commands';
import { commands as closeCommands } from '@/lib/selection/close-commands';
import { commands as electionCommands } from '@/lib/election/commands';
import { commands as partyCommands } from '@/lib/election/party-commands';
import { commands as unitCommands } from '@/lib/units/commands';
import { commands as requestCommands } from '@/lib/requests/commands';
import { commands as requestPublicCommands } from '@/lib/requests/public-commands';
import { commands as nightTalkCommands } from '@/lib/night-talks/commands';
import { commands as inspectionCommands } from '@/lib/inspections/commands';
import { commands as reviewCommands } from '@/lib/reviews/commands';
import { commands as reviewPublicCommands } from '@/lib/reviews/public-commands';
import { commands as surveyCommands } from '@/lib/surveys/commands';
import { commands as registerCommands } from '@/lib/surveys/register-commands';
import { commands as entryCommands } from '@/lib/surveys/entry-commands';
import { commands as surveyPublicCommands } from '@/lib/surveys/public-commands';
import { commands as ratingCommands } from '@/lib/ratings/commands';
import { commands as assessmentCommands } from '@/lib/assessment/commands';
import { commands as outcomeCommands } from '@/lib/assessment/outcome-commands';
import { computeStreamCommand } from '@/lib/assessment/compute-command';
import { commands as kioskCommands } from '@/lib/kiosks/commands';
import { commands as authCommands } from '@/lib/auth/commands';
import { commands as projectCallCommands } from '@/lib/projects/call-commands';
import { commands as projectProposalCommands } from '@/lib/projects/proposal-commands';
import { commands as projectVoteCommands } from '@/lib/projects/vote-commands';
import { commands as projectCommands } from '@/lib/projects/project-commands';
import { commands as projectSupervisionCommands } from '@/lib/projects/supervision-commands';
import { commands as projectPublicCommands } from '@/lib/projects/public-commands';

/**
 * Every action — staff and public, server action or writing route handler — by name. The pipeline
 * runs them (lib/action/core.ts); the matrix test walks this list, and the surface test fails on any
 * server action or writing route that does not run one of these.
 */
const groups: Record<string, AnyActionDef>[] = [
  unitCommands,
  officialCommands,
  staffCommands,
  rosterCommands,
  { previewCommand },
  selectionCommands,
  publishCommands,
  closeCommands,
  electionCommands,
  partyCommands,
  { issueCommand },
  selectionPublicCommands,
  voteCommands,
  sessionTimeCommands,
  deviceCommands,
  honourCommands,
  requestCommands,
  requestPublicCommands,
  nightTalkCommands,
  inspectionCommands,
  reviewCommands,
  reviewPublicCommands,
  surveyCommands,
  registerCommands,
  entryCommands,
  surveyPublicCommands,
  ratingCommands,
  assessmentCommands,
  outcomeCommands,
  { computeStreamCommand },
  kioskCommands,
  authCommands,
  projectCallCommands,
  projectProposalCommands,
  projectVoteCommands,
  projectCommands,
  projectSupervisionCommands,
  projectPublicCommands,
] as unknown as Record<string, AnyActionDef>[];

export const allActions: Record<string, AnyActionDef> = {};
for (const def of groups.flatMap((g) => Object.values(g))) {
  if (allActions[def.name]) throw new Error(`two actions are named ${def.name}`);
  allActions[def.name] = def;
}

/** The same, as the registry's own objects: the surface test checks identity, not only names. */
export const registeredDefs: ReadonlySet<AnyActionDef> = new Set(Object.values(allActions));
