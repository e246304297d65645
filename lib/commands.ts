import type { ActionDef } from '@/lib/action/core';
import { commands as officialCommands } from '@/lib/officials/commands';
import { commands as honourCommands } from '@/lib/honours/commands';
import { commands as rosterCommands } from '@/lib/officials/import-commands';
import { commands as staffCommands } from '@/lib/staff/commands';
import { commands as selectionCommands } from '@/lib/selection/commands';
import { commands as publishCommands } from '@/lib/selection/publish-commands';
import { commands as unitCommands } from '@/lib/units/commands';
import { commands as assessmentCommands } from '@/lib/assessment/commands';

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
    assessmentCommands,
  ].flatMap((group) => Object.values(group).map((def) => [def.name, def as unknown as ActionDef<never, unknown>])),
);
