import type { ActionDef } from '@/lib/action/core';
import { commands as officialCommands } from '@/lib/officials/commands';
import { commands as honourCommands } from '@/lib/honours/commands';
import { commands as rosterCommands } from '@/lib/officials/import-commands';
import { commands as staffCommands } from '@/lib/staff/commands';
import { commands as selectionCommands } from '@/lib/selection/commands';
import { commands as publishCommands } from '@/lib/selection/publish-commands';
import { commands as unitCommands } from '@/lib/units/commands';
import { commands as requestCommands } from '@/lib/requests/commands';
import { commands as nightTalkCommands } from '@/lib/night-talks/commands';
import { commands as inspectionCommands } from '@/lib/inspections/commands';
import { commands as reviewCommands } from '@/lib/reviews/commands';
import { commands as surveyCommands } from '@/lib/surveys/commands';
import { commands as registerCommands } from '@/lib/surveys/register-commands';
import { commands as entryCommands } from '@/lib/surveys/entry-commands';
import { commands as ratingCommands } from '@/lib/ratings/commands';
import { commands as assessmentCommands } from '@/lib/assessment/commands';
import { commands as outcomeCommands } from '@/lib/assessment/outcome-commands';
import { commands as callCommands } from '@/lib/projects/call-commands';
import { commands as proposalCommands } from '@/lib/projects/proposal-commands';
import { commands as voteCommands } from '@/lib/projects/vote-commands';
import { commands as projectCommands } from '@/lib/projects/project-commands';
import { commands as supervisionCommands } from '@/lib/projects/supervision-commands';

/** Every staff command, by name: the authorization matrix test walks this list. */
export const allCommands: Record<string, ActionDef<never, unknown>> = Object.fromEntries(
  [
    unitCommands,
    officialCommands,
    staffCommands,
    rosterCommands,
    selectionCommands,
    publishCommands,
    honourCommands,
    requestCommands,
    nightTalkCommands,
    inspectionCommands,
    reviewCommands,
    surveyCommands,
    registerCommands,
    entryCommands,
    ratingCommands,
    assessmentCommands,
    outcomeCommands,
    callCommands,
    proposalCommands,
    voteCommands,
    projectCommands,
    supervisionCommands,
  ].flatMap((group) => Object.values(group).map((def) => [def.name, def as unknown as ActionDef<never, unknown>])),
);
