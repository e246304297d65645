import { eq, sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/db';
import { auditLog, officials, staff, units } from '@/db/schema';
import { commands as officialCommands } from '@/lib/officials/commands';
import { commands as staffCommands } from '@/lib/staff/commands';
import { commands as unitCommands } from '@/lib/units/commands';
import { communitiesOf, makeActor, seedDistrict, streets, requestFacts } from '@/tests/unit/fixtures';
import { runAction } from './core';

let streetA: number;
let streetB: number;
let officialInA: typeof officials.$inferSelect;
let officialInB: typeof officials.$inferSelect;

beforeAll(async () => {
  await seedDistrict();
  const [a, b] = streets();
  streetA = a!.id;
  streetB = b!.id;
  officialInA = db()
    .select()
    .from(officials)
    .where(eq(officials.unitId, communitiesOf(streetA)[0]!.id))
    .get()!;
  officialInB = db()
    .select()
    .from(officials)
    .where(eq(officials.unitId, communitiesOf(streetB)[0]!.id))
    .get()!;
});

const as = (actor: ReturnType<typeof makeActor>) => requestFacts(actor);
const editOf = (o: typeof officialInA, change: Partial<typeof officialInA>) => ({
  id: String(o.id),
  unitId: String(change.unitId ?? o.unitId),
  name: change.name ?? o.name,
  position: o.position,
  grade: o.grade,
  bio: o.bio,
  photoUrl: '',
});

describe('unit scope (IDOR)', () => {
  it("an organizer of one street cannot edit another street's official; nothing changes and the attempt is audited", async () => {
    const organizer = makeActor('organizer', streetA);
    const result = await runAction(officialCommands.updateOfficial, as(organizer), editOf(officialInB, { name: '篡改' }));
    expect(result).toMatchObject({ ok: false, message: 'errors.outOfScope' });
    expect(db().select().from(officials).where(eq(officials.id, officialInB.id)).get()!.name).toBe(officialInB.name);
    const last = db()
      .select()
      .from(auditLog)
      .orderBy(sql`id desc`)
      .get()!;
    expect(last).toMatchObject({ action: 'denied:official.update', actorId: organizer.id });
  });

  it('nor move their own official into another street', async () => {
    const organizer = makeActor('organizer', streetA);
    const result = await runAction(
      officialCommands.updateOfficial,
      as(organizer),
      editOf(officialInA, { unitId: communitiesOf(streetB)[0]!.id }),
    );
    expect(result).toMatchObject({ ok: false, message: 'errors.outOfScope' });
    expect(db().select().from(officials).where(eq(officials.id, officialInA.id)).get()!.unitId).toBe(officialInA.unitId);
  });

  it('edits inside their street and records before and after in the audit log', async () => {
    const organizer = makeActor('organizer', streetA);
    const result = await runAction(officialCommands.updateOfficial, as(organizer), editOf(officialInA, { name: '新名字' }));
    expect(result).toMatchObject({ ok: true });
    expect(db().select().from(officials).where(eq(officials.id, officialInA.id)).get()!.name).toBe('新名字');
    const last = db()
      .select()
      .from(auditLog)
      .orderBy(sql`id desc`)
      .get()!;
    expect(last).toMatchObject({ action: 'official.update', entity: 'official', entityId: String(officialInA.id), actorId: organizer.id });
    expect(last.before).toMatchObject({ name: officialInA.name });
    expect(last.after).toMatchObject({ name: '新名字' });
  });

  it('a street admin cannot create a district-wide account or one in another street', async () => {
    const admin = makeActor('admin', streetA);
    const base = { displayName: '测试', role: 'admin', password: 'long-enough-password' };
    expect(await runAction(staffCommands.createStaff, as(admin), { ...base, username: 'wide1', unitId: '' })).toMatchObject({
      message: 'errors.outOfScope',
    });
    expect(await runAction(staffCommands.createStaff, as(admin), { ...base, username: 'other1', unitId: String(streetB) })).toMatchObject({
      message: 'errors.outOfScope',
    });
    expect(db().select().from(staff).where(eq(staff.username, 'wide1')).get()).toBeUndefined();
    expect(await runAction(staffCommands.createStaff, as(admin), { ...base, username: 'mine1', unitId: String(streetA) })).toMatchObject({
      ok: true,
    });
    const created = db().select().from(staff).where(eq(staff.username, 'mine1')).get()!;
    expect(created.passwordHash).toMatch(/^scrypt\$/);
    const audit = db()
      .select()
      .from(auditLog)
      .orderBy(sql`id desc`)
      .get()!;
    expect(JSON.stringify(audit.after)).not.toContain('scrypt');
  });

  it('a disabled account cannot be re-enabled by a scoped admin from another street', async () => {
    const target = makeActor('viewer', streetB);
    const admin = makeActor('admin', streetA);
    expect(
      await runAction(staffCommands.setStaffDisabled, as(admin), { id: String(target.id), disabled: 'true', confirmed: 'yes' }),
    ).toMatchObject({
      message: 'errors.outOfScope',
    });
    expect(db().select().from(staff).where(eq(staff.id, target.id)).get()!.disabled).toBe(false);
  });

  it('units keep their levels: a community cannot sit directly under the district', async () => {
    const admin = makeActor('admin');
    const district = db().select().from(units).where(eq(units.kind, 'district')).get()!;
    const result = await runAction(unitCommands.createUnit, as(admin), {
      parentId: String(district.id),
      kind: 'community',
      name: '错层社区',
      households: '900',
    });
    expect(result).toMatchObject({ ok: false, message: 'errors.unitLevel' });
    expect(db().select().from(units).where(eq(units.name, '错层社区')).get()).toBeUndefined();
  });

  it('bad input comes back as field errors and changes nothing', async () => {
    const admin = makeActor('admin');
    const result = await runAction(officialCommands.createOfficial, as(admin), {
      unitId: 'abc',
      name: '',
      position: 'x'.repeat(61),
      grade: 'king',
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(Object.keys(result.fieldErrors ?? {}).sort()).toEqual(['grade', 'name', 'position', 'unitId']);
    expect(result.fieldErrors?.name).toEqual(['field.required']);
  });
});
