/**
 * Every party of an encrypted selection's setup played in one process, through the same domain
 * functions the guardians' and credential authority's pages call. For tests, benches and demo data
 * only: in a real election each guardian and the credential authority run their steps on their own
 * machines, and their key files and codes never come near the server.
 */
import { eq } from 'drizzle-orm';
import type { Db } from '@/db';
import { candidates, selections, type Election, type Selection } from '@/db/schema';
import { generateCredentials, publicCredential } from '@/lib/belenios/credentials';
import { encode } from '@/lib/belenios/json';
import { guardianPolynomial, guardianVoutput, newPedersenKeyFile, type GuardianKeyFile } from '@/lib/belenios/guardian';
import { signedMsgCodec, polynomialCodec, voutputCodec } from '@/lib/belenios/types';
import { certsOf, vinputFor } from './ceremony';
import { createElection, freezeSetup, recordCeremonyStep, uploadCredentials } from './setup';
import { guardiansOf } from './store';

export type CeremonyOptions = {
  guardians: number;
  threshold: number;
  /** Codes per community batch: [[communityId, count], …]. */
  batches: [number, number][];
  /** Key files from an earlier ceremony (the demo's): replayed instead of made afresh. */
  keyFiles?: GuardianKeyFile[];
  /** Private codes of batch `b` (default: fresh random ones, as the credential authority's page makes). */
  makeCodes?: (uuid: string, b: number, count: number) => string[];
  at: Date;
};

export type CeremonyRun = { electionId: number; uuid: string; keyFiles: GuardianKeyFile[]; codes: string[][] };

const step = (database: Db, electionId: number, position: number, s: 'cert' | 'polynomial' | 'voutput', raw: string) => {
  const r = database.transaction((tx) => recordCeremonyStep(tx, electionId, position, s, raw), { behavior: 'immediate' });
  if (!r.ok) throw new Error(`guardian ${position} ${s}: ${r.reason}`);
};

/** Creates the election, runs the key ceremony and the credential batches, and freezes the setup. */
export function runSetup(database: Db, selection: Selection, options: CeremonyOptions): CeremonyRun {
  const { election } = database.transaction(
    (tx) =>
      createElection(
        tx,
        selection,
        {
          guardians: Array.from({ length: options.guardians }, (_, i) => ({ name: `演示监票人 ${i + 1}`, role: 'other' as const })),
          threshold: options.threshold,
          authorityName: '演示投票码管理人',
        },
        null,
      ),
    { behavior: 'immediate' },
  );
  const played = runCeremony(database, election, options);
  database.transaction((tx) => freezeSetup(tx, tx.select().from(selections).where(eq(selections.id, selection.id)).get()!, options.at), {
    behavior: 'immediate',
  });
  return played;
}

/**
 * The key ceremony and the credential batches of an election already created (for a selection or a
 * call), leaving it ready to be frozen with its ballot.
 */
export function runCeremony(database: Db, election: Election, options: Omit<CeremonyOptions, 'at'>): CeremonyRun {
  const initial = options.keyFiles ?? Array.from({ length: options.guardians }, () => newPedersenKeyFile().keyFile);
  initial.forEach((k, i) => step(database, election.id, i + 1, 'cert', encode(signedMsgCodec, k.kind === 'pedersen' ? k.cert : fail())));
  const certs = certsOf(guardiansOf(database, election.id));
  initial.forEach((k, i) =>
    step(database, election.id, i + 1, 'polynomial', encode(polynomialCodec, guardianPolynomial(k, certs, options.threshold))),
  );
  const rows = guardiansOf(database, election.id);
  const keyFiles = initial.map((k, i) => {
    const { voutput, keyFile } = guardianVoutput(k, certs, vinputFor(rows, i + 1));
    step(database, election.id, i + 1, 'voutput', encode(voutputCodec, voutput));
    return keyFile;
  });
  const make = options.makeCodes ?? ((uuid, _b, count) => generateCredentials(uuid, count).privateCodes);
  const codes = options.batches.map(([communityId, count], b) => {
    const privateCodes = make(election.uuid, b, count);
    const publicList = privateCodes.map((c) => publicCredential(election.uuid, c)).sort();
    const r = database.transaction((tx) => uploadCredentials(tx, election, '演示投票码管理人', communityId, publicList), {
      behavior: 'immediate',
    });
    if (!r.ok) throw new Error(`credentials: ${r.reason}`);
    return privateCodes;
  });
  return { electionId: election.id, uuid: election.uuid, keyFiles, codes };
}

const fail = (): never => {
  throw new Error('a Pedersen guardian key file is needed');
};

/** The candidate ids of a selection (for tests). */
export const candidateIdsOf = (database: Db, selectionId: number) =>
  database
    .select({ id: candidates.id })
    .from(candidates)
    .where(eq(candidates.selectionId, selectionId))
    .all()
    .map((c) => c.id);
