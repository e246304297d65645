import 'server-only';
import { and, desc, eq, sql } from 'drizzle-orm';
import { db } from '@/db';
import { assessmentCycles, officials, reviewFormCodes, reviewForms, reviewMeetings, units } from '@/db/schema';
import type { Actor } from '@/lib/auth/permissions';
import { unitScope } from '@/lib/scope';
import { aggregateForms } from './aggregate';
import type { FormGrades } from './grid';

const formCount = sql<number>`(select count(*) from ${reviewForms} where ${reviewForms.meetingId} = ${reviewMeetings.id})`;

/** Meetings of officials in the actor's units, newest first; optionally one official's. */
export function listMeetings(actor: Actor, filter: { officialId?: number } = {}) {
  return db()
    .select({
      id: reviewMeetings.id,
      officialId: officials.id,
      officialName: officials.name,
      position: officials.position,
      unitName: units.name,
      heldOn: reviewMeetings.heldOn,
      place: reviewMeetings.place,
      attendees: reviewMeetings.attendees,
      forms: formCount,
    })
    .from(reviewMeetings)
    .innerJoin(officials, eq(officials.id, reviewMeetings.officialId))
    .innerJoin(units, eq(units.id, officials.unitId))
    .where(and(unitScope(actor), filter.officialId ? eq(officials.id, filter.officialId) : undefined))
    .orderBy(desc(reviewMeetings.heldOn), desc(reviewMeetings.id))
    .limit(500)
    .all();
}

/** One meeting with its aggregate, only when the official is in the actor's units. */
export function getMeeting(actor: Actor, id: number) {
  const row = db()
    .select({
      meeting: reviewMeetings,
      officialName: officials.name,
      position: officials.position,
      unitName: units.name,
      cycleName: assessmentCycles.name,
    })
    .from(reviewMeetings)
    .innerJoin(officials, eq(officials.id, reviewMeetings.officialId))
    .innerJoin(units, eq(units.id, officials.unitId))
    .leftJoin(assessmentCycles, eq(assessmentCycles.id, reviewMeetings.cycleId))
    .where(and(eq(reviewMeetings.id, id), unitScope(actor)))
    .get();
  if (!row) return undefined;
  const forms = formsWhere(eq(reviewForms.meetingId, id));
  const codes = db()
    .select({ issued: sql<number>`count(*)`, unused: sql<number>`sum(case when ${reviewFormCodes.usedAt} is null then 1 else 0 end)` })
    .from(reviewFormCodes)
    .where(eq(reviewFormCodes.meetingId, id))
    .get();
  return {
    ...row,
    aggregate: aggregateForms(forms),
    paper: forms.filter((f) => f.channel === 'paper').length,
    online: forms.filter((f) => f.channel === 'online').length,
    codesIssued: codes?.issued ?? 0,
    codesUnused: codes?.unused ?? 0,
  };
}

/** Every form of one official's meetings (in the actor's units), aggregated together. */
export function officialAggregate(actor: Actor, officialId: number) {
  const official = db()
    .select({ id: officials.id, name: officials.name, position: officials.position, unitName: units.name })
    .from(officials)
    .innerJoin(units, eq(units.id, officials.unitId))
    .where(and(eq(officials.id, officialId), unitScope(actor)))
    .get();
  if (!official) return undefined;
  const forms = formsWhere(eq(reviewMeetings.officialId, officialId));
  return { official, aggregate: aggregateForms(forms) };
}

function formsWhere(where: ReturnType<typeof eq>): (FormGrades & { channel: string })[] {
  return db()
    .select({
      channel: reviewForms.channel,
      morality: reviewForms.morality,
      ability: reviewForms.ability,
      diligence: reviewForms.diligence,
      achievement: reviewForms.achievement,
      integrity: reviewForms.integrity,
    })
    .from(reviewForms)
    .innerJoin(reviewMeetings, eq(reviewMeetings.id, reviewForms.meetingId))
    .where(where)
    .all();
}

/** Cycles a meeting may be linked to (the assessment area creates them). */
export function cycleChoices() {
  return db()
    .select({ id: assessmentCycles.id, name: assessmentCycles.name })
    .from(assessmentCycles)
    .orderBy(desc(assessmentCycles.year))
    .all();
}

/** The public form's heading: whose meeting a code belongs to. Nothing else about the meeting is shown. */
export function meetingHeading(meetingId: number) {
  return db()
    .select({ officialName: officials.name, position: officials.position, unitName: units.name, heldOn: reviewMeetings.heldOn })
    .from(reviewMeetings)
    .innerJoin(officials, eq(officials.id, reviewMeetings.officialId))
    .innerJoin(units, eq(units.id, officials.unitId))
    .where(eq(reviewMeetings.id, meetingId))
    .get();
}
