import { eq, inArray } from 'drizzle-orm';
import type { Db } from '../index';
import { candidates, honours, officials, selections, units } from '../schema';
import { castBallot } from '../../lib/selection/cast';
import { issueCodes } from '../../lib/selection/issue';
import { publish } from '../../lib/selection/publish';
import * as names from './names';
import { seededRandom } from './random';

/**
 * Past years: two fully published selections (real ballots, ballot log, fingerprints) and a hall of
 * fame back to 1988 from the "paper archive". Invented names only.
 */
export async function seedHistory(database: Db, currentYear: number) {
  const rand = seededRandom(331);
  const pool = database
    .select({ id: officials.id })
    .from(officials)
    .innerJoin(units, eq(units.id, officials.unitId))
    .where(inArray(units.kind, ['street', 'community']))
    .all();
  const communities = database.select().from(units).where(eq(units.kind, 'community')).all();

  for (const year of [currentYear - 2, currentYear - 1]) {
    const opens = new Date(`${year}-11-01T08:00:00+08:00`);
    const closes = new Date(`${year}-11-30T18:00:00+08:00`);
    const selection = database
      .insert(selections)
      .values({
        year,
        title: `${year}年度“十佳公仆”评选`,
        titleEn: `Ten Best Public Servants ${year}`,
        rules: '由居民凭投票码投票，每张选票可选 1 至 10 名候选人。',
        stage: 'voting',
        votingOpensAt: opens,
        votingClosesAt: closes,
      })
      .returning()
      .get();
    const chosen = new Set<number>();
    while (chosen.size < 18) chosen.add(rand.pick(pool).id);
    const ids = [...chosen].map(
      (officialId) => database.insert(candidates).values({ selectionId: selection.id, officialId }).returning().get().id,
    );
    // Some candidates are more popular than others, so the ranking is not flat.
    const weights = ids.map(() => rand.next() ** 2);
    const during = new Date(`${year}-11-15T12:00:00+08:00`);
    for (const community of communities.slice(0, 24)) {
      const batch = await issueCodes(
        database,
        { selectionId: selection.id, communityId: community.id, count: 80 },
        { id: null, username: 'seed' },
      );
      if (!batch.ok) throw new Error(batch.reason);
      for (const code of batch.codes.slice(0, rand.int(20, 70))) {
        const picks = new Set<number>();
        const n = rand.int(1, 10);
        while (picks.size < n) {
          const i = rand.int(0, ids.length - 1);
          if (rand.next() < 0.3 + weights[i]!) picks.add(ids[i]!);
        }
        castBallot(database, { year, code, candidateIds: [...picks] }, during);
      }
    }
    database.update(selections).set({ stage: 'counting' }).where(eq(selections.id, selection.id)).run();
    publish(database, selection.id, { asIs: true }, { requestedBy: null, confirmedBy: null }, new Date(`${year}-12-05T10:00:00+08:00`));
  }

  const person = () => rand.pick(names.surnames) + rand.pick(names.givenChars) + (rand.next() < 0.6 ? rand.pick(names.givenChars) : '');
  const positions = ['社区党委书记', '社区居委会主任', '街道办事处副主任', '社区网格员', '街道党工委书记'];
  database.transaction((tx) => {
    // currentYear - 3 is the published encrypted selection (db/seed/encrypted.ts): its winners are real.
    for (let year = 1988; year < currentYear - 3; year++) {
      for (let i = 0; i < 10; i++) {
        tx.insert(honours)
          .values({
            year,
            name: person(),
            unit: rand.pick(communities).name,
            position: rand.pick(positions),
            note: i === 0 && year % 5 === 0 ? '连续多年获评' : '',
          })
          .run();
      }
    }
  });
}
