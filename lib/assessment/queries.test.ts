import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/db';
import * as s from '@/db/schema';
import { runAction } from '@/lib/action/core';
import { communitiesOf, makeActor, seedDistrict, streets, requestFacts } from '@/tests/unit/fixtures';
import { makeCycle } from '@/tests/unit/assessment-fixtures';
import { commands } from './commands';
import { vetoesOf } from './queries';

describe('recorded vetoes on the configuration page', () => {
  let cycleId: number;
  let here: s.Unit;
  let elsewhere: s.Unit;

  beforeAll(async () => {
    await seedDistrict();
    const [a, b] = streets();
    here = communitiesOf(a!.id)[0]!;
    elsewhere = communitiesOf(b!.id)[0]!;
    cycleId = makeCycle().id;
    const organizer = makeActor('organizer');
    const item = db().insert(s.vetoItems).values({ cycleId, name: '违纪' }).returning().get();
    for (const unit of [here, elsewhere]) {
      const official = db().select().from(s.officials).where(eq(s.officials.unitId, unit.id)).get()!;
      const done = await runAction(commands.recordVeto, requestFacts(organizer), {
        vetoItemId: String(item.id),
        officialId: String(official.id),
        reason: `理由${unit.name}`,
      });
      expect(done.ok).toBe(true);
    }
  });

  it('a viewer tied to one community sees only the vetoes of that community', () => {
    const viewer = makeActor('viewer', here.id);
    const seen = vetoesOf(cycleId, viewer).map((v) => v.reason);
    expect(seen).toEqual([`理由${here.name}`]);
  });

  it('a district-wide viewer sees them all', () => {
    expect(vetoesOf(cycleId, makeActor('viewer')).length).toBe(2);
  });
});
