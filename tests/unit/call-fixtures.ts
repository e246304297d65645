import { eq } from 'drizzle-orm';
import { db, writeTx } from '@/db';
import * as s from '@/db/schema';
import { runAction } from '@/lib/action/core';
import { runCeremony } from '@/lib/election/ceremony-run';
import { commands as callCommands } from '@/lib/projects/call-commands';
import { createCallElection } from '@/lib/projects/residents-election';
import { communitiesOf, makeActor, requestFacts, streets } from './fixtures';

/** A street's residents' call in screening, with feasible proposals of the given costs (yuan). */
export function residentsCall(year: number, costs: number[], { budget = 1_000_000, maxChoices = 2 } = {}) {
  const street = streets()[1]!;
  const community = communitiesOf(street.id)[0]!;
  const call = db()
    .insert(s.projectCalls)
    .values({
      year,
      unitId: street.id,
      title: `${year} 居民票选`,
      budget,
      mode: 'residents',
      maxChoices,
      stage: 'screening',
      rule: { mode: 'residents', budget, maxChoices, deputies: null },
    })
    .returning()
    .get();
  const ids = costs.map(
    (cost, i) =>
      db()
        .insert(s.projectProposals)
        .values({
          callId: call.id,
          communityId: community.id,
          title: `项目 ${i + 1}`,
          titleKey: `项目${i + 1}`,
          problem: '需要解决的问题',
          source: 'resident',
          status: 'feasible',
          estimatedCost: cost,
          responsibleUnitId: street.id,
        })
        .returning()
        .get().id,
  );
  return { call, ids, street, community };
}

/**
 * The same call with its encrypted election: a k-of-n ceremony and one batch of `codes` codes played
 * through the domain functions, then voting opened by the organizer's command (which freezes it).
 */
export async function encryptedCall(year: number, costs: number[], options: { budget?: number; maxChoices?: number; codes?: number } = {}) {
  const made = residentsCall(year, costs, options);
  const { election } = writeTx((tx) =>
    createCallElection(
      tx,
      made.call,
      {
        guardians: [1, 2, 3].map((n) => ({ name: `监票人 ${n}`, role: 'other' as const })),
        threshold: 2,
        authorityName: '投票码管理人',
      },
      null,
    ),
  );
  const run = runCeremony(db(), election, { guardians: 3, threshold: 2, batches: [[made.community.id, options.codes ?? 6]] });
  const organizer = makeActor('organizer');
  const opened = await runAction(callCommands.moveStage, requestFacts(organizer), { id: made.call.id, to: 'voting' });
  if (!opened.ok) throw new Error(`voting did not open: ${opened.message}`);
  const frozen = db().select().from(s.elections).where(eq(s.elections.id, election.id)).get()!;
  return { ...made, organizer, election: frozen, codes: run.codes[0]!, keyFiles: run.keyFiles };
}
