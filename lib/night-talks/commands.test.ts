import { eq, sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/db';
import { auditLog, nightTalkOfficials, nightTalks, officials, requests } from '@/db/schema';
import { runAction } from '@/lib/action/core';
import { districtDay } from '@/lib/district-time';
import { ensureCategories } from '@/lib/requests/categories';
import { communitiesOf, makeActor, seedDistrict, streets, requestFacts } from '@/tests/unit/fixtures';
import { commands } from './commands';

let street: number;
let community: number;
let otherCommunity: number;
let present: number[];
let foreignOfficial: number;
const today = districtDay(new Date());
const counts = () => ({
  talks: db()
    .select({ n: sql<number>`count(*)` })
    .from(nightTalks)
    .get()!.n,
  requests: db()
    .select({ n: sql<number>`count(*)` })
    .from(requests)
    .get()!.n,
});

beforeAll(async () => {
  await seedDistrict();
  ensureCategories(db());
  const [s0, s1] = streets();
  street = s0!.id;
  community = communitiesOf(street)[0]!.id;
  otherCommunity = communitiesOf(s1!.id)[0]!.id;
  present = [
    db().select().from(officials).where(eq(officials.unitId, community)).get()!.id,
    db().select().from(officials).where(eq(officials.unitId, street)).get()!.id,
  ];
  foreignOfficial = db().select().from(officials).where(eq(officials.unitId, otherCommunity)).get()!.id;
});

const record = (actor: ReturnType<typeof makeActor>, input: Record<string, unknown>) =>
  runAction(commands.recordNightTalk as never, requestFacts(actor), input);

// As the plain HTML form sends it: one field per slot, blank rows included.
const slots = (field: string, values: string[]) => Object.fromEntries(values.map((v, i) => [`req.${i}.${field}`, v]));
const form = (extra: Record<string, unknown> = {}) => ({
  communityId: String(community),
  heldOn: today,
  place: '5号楼',
  residentsMet: '8',
  notes: '',
  'officialIds[]': present.map(String),
  ...slots('category', ['sanitation', 'utilities', '']),
  ...slots('description', ['楼下垃圾桶太少', '暖气不热，屋里十五度', '']),
  ...slots('contactName', ['李阿姨', '', '']),
  ...slots('contactPhone', ['', '13800001111', '']),
  ...extra,
});

describe('recording a night talk', () => {
  it('saves the visit, the officials present and each request heard (channel night_talk) in one go', async () => {
    const actor = makeActor('unit_staff', street);
    const result = await record(actor, form());
    expect(result).toMatchObject({ ok: true });
    const data = (result as { data: { id: number; requests: { number: string; key: string }[] } }).data;
    expect(data.requests).toHaveLength(2);
    const filed = db().select().from(requests).where(eq(requests.nightTalkId, data.id)).all();
    expect(filed.map((r) => [r.channel, r.description, r.contactName, r.contactPhone])).toEqual([
      ['night_talk', '楼下垃圾桶太少', '李阿姨', null],
      ['night_talk', '暖气不热，屋里十五度', null, '13800001111'],
    ]);
    expect(db().select().from(nightTalkOfficials).where(eq(nightTalkOfficials.nightTalkId, data.id)).all()).toHaveLength(2);
    expect(db().select().from(auditLog).where(eq(auditLog.entity, 'nightTalk')).all().at(-1)).toMatchObject({
      action: 'nightTalks.record',
      actorId: actor.id,
    });
  });

  it('refuses, writing nothing: another street’s community, an official from elsewhere, a future date, a row without a category', async () => {
    const actor = makeActor('unit_staff', street);
    const before = counts();
    expect(await record(actor, form({ communityId: String(otherCommunity) }))).toMatchObject({ ok: false, message: 'errors.outOfScope' });
    expect(await record(actor, form({ 'officialIds[]': [String(foreignOfficial)] }))).toMatchObject({
      ok: false,
      fieldErrors: { officialIds: ['field.invalid'] },
    });
    expect(await record(actor, form({ heldOn: '2099-01-01' }))).toMatchObject({ ok: false, fieldErrors: { heldOn: ['field.date'] } });
    // A day that does not exist, within the last year (so only the calendar can refuse it).
    const y = Number(today.slice(0, 4));
    const impossible = [y, y - 1]
      .flatMap((year) => ['11-31', '09-31', '06-31', '04-31', '02-30'].map((md) => `${year}-${md}`))
      .find((day) => day < today && day > `${y - 1}${today.slice(4)}`)!;
    expect(await record(actor, form({ heldOn: impossible }))).toMatchObject({ ok: false, fieldErrors: { heldOn: ['field.date'] } });
    expect(await record(actor, form(slots('category', ['', '', ''])))).toMatchObject({ ok: false, message: 'errors.invalid' });
    expect(await record(actor, form({ 'officialIds[]': [] }))).toMatchObject({
      ok: false,
      fieldErrors: { officialIds: ['field.required'] },
    });
    expect(counts()).toEqual(before);
  });
});
