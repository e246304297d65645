import { and, desc, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/db';
import * as s from '@/db/schema';
import { runAction } from '@/lib/action/core';
import { makeActor, seedDistrict, requestFacts } from '@/tests/unit/fixtures';
import { makeCycle } from '@/tests/unit/assessment-fixtures';
import { commands } from './commands';

let organizer: ReturnType<typeof makeActor>;
beforeAll(async () => {
  await seedDistrict();
  organizer = makeActor('organizer');
});

describe('removing a manual indicator', () => {
  it('keeps the manual scores it deletes in the audit log, so they can be restored', async () => {
    const cycle = makeCycle({ name: '删除指标', year: 2031 });
    const indicator = db()
      .select()
      .from(s.indicators)
      .where(and(eq(s.indicators.cycleId, cycle.id), eq(s.indicators.source, 'manual')))
      .get()!;
    const official = db().select().from(s.officials).get()!;
    const facts = requestFacts(organizer);
    const saved = await runAction(commands.setManualScore, facts, {
      indicatorId: String(indicator.id),
      officialId: String(official.id),
      value: '88.5',
      note: '党委评价',
    });
    expect(saved.ok).toBe(true);

    const removed = await runAction(commands.removeIndicator, facts, { id: String(indicator.id) });
    expect(removed.ok).toBe(true);
    expect(db().select().from(s.manualScores).where(eq(s.manualScores.indicatorId, indicator.id)).all()).toEqual([]);
    const entry = db()
      .select()
      .from(s.auditLog)
      .where(and(eq(s.auditLog.action, 'assessment.indicatorRemove'), eq(s.auditLog.entityId, String(indicator.id))))
      .orderBy(desc(s.auditLog.id))
      .get()!;
    expect(entry.before).toMatchObject({
      code: indicator.code,
      manualScores: [{ officialId: official.id, value: 88.5, note: '党委评价' }],
    });
  });
});
