import { createBallotPool, type BallotPool } from '@/lib/belenios/node/pool';
import type { Db } from '@/db';
import type { Election } from '@/db/schema';
import { publicCredentialsOf } from './store';

/**
 * One pool of ballot-check workers per frozen election and server process, made on first use
 * (the workers load the election and its credential list once) and closed when the ballot box is.
 */
const globalPools = globalThis as unknown as { minpingPools?: Map<number, Promise<BallotPool>> };
const pools = (globalPools.minpingPools ??= new Map());

export function electionPool(database: Db, election: Election): Promise<BallotPool> {
  let pool = pools.get(election.id);
  if (!pool) {
    if (!election.electionRaw) throw new Error('the election setup is not frozen');
    pool = createBallotPool({ electionRaw: election.electionRaw, publicCredentials: publicCredentialsOf(database, election) });
    pool.catch(() => pools.delete(election.id));
    pools.set(election.id, pool);
  }
  return pool;
}

export async function closeElectionPool(electionId: number) {
  const pool = pools.get(electionId);
  pools.delete(electionId);
  await (await pool?.catch(() => null))?.close();
}
