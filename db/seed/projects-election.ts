import { eq } from 'drizzle-orm';
import type { Db } from '../index';
import * as s from '../schema';
import type { GuardianKeyFile } from '../../lib/belenios/guardian';
import { runCeremony } from '../../lib/election/ceremony-run';
import { createCallElection, freezeCallSetup } from '../../lib/projects/residents-election';

/**
 * The demo street call's residents' vote as an encrypted election: 3 demo guardians (2 of 3 decrypt),
 * one batch of codes per community of the street, frozen with the ballot as its voting opened.
 * Played through the domain functions in one process, which a real election never does.
 */
export function seedCallElection(database: Db, callId: number, at: Date): { keyFiles: GuardianKeyFile[]; codes: string[] } {
  const call = database.select().from(s.projectCalls).where(eq(s.projectCalls.id, callId)).get()!;
  const communities = database.select({ id: s.units.id }).from(s.units).where(eq(s.units.parentId, call.unitId)).all();
  const { election } = database.transaction(
    (tx) =>
      createCallElection(
        tx,
        { ...call, stage: 'screening' },
        {
          guardians: ['演示监票人（居民代表）', '演示监票人（纪委）', '演示监票人（公证员）'].map((name) => ({
            name,
            role: 'other' as const,
          })),
          threshold: 2,
          authorityName: '演示投票码管理人',
        },
        null,
      ),
    { behavior: 'immediate' },
  );
  const run = runCeremony(database, election, { guardians: 3, threshold: 2, batches: communities.map((c) => [c.id, 20]) });
  database.transaction((tx) => freezeCallSetup(tx, call, at), { behavior: 'immediate' });
  return { keyFiles: run.keyFiles, codes: run.codes.flatMap((batch) => batch.slice(0, 2)) };
}
