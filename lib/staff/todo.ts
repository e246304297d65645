import 'server-only';
import { and, eq, inArray, isNull, like, ne, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';
import { db } from '@/db';
import { criteria, earlyClosures, inspections, nominations, publications, recommendations, selections, sites, units } from '@/db/schema';
import { can, type Actor } from '@/lib/auth/permissions';
import { listRequests } from '@/lib/requests/queries';
import { effectiveStage, votingEverOpened } from '@/lib/selection/stages';
import { entryCommunities, listSurveys, surveyProgress } from '@/lib/surveys/queries';

/** One thing waiting for this person, with how many and the list that shows them. */
export type Todo = { key: string; count: number; href: string; values?: Record<string, string | number> };

const n = sql<number>`count(*)`;

/** Selections: what residents sent and waits for a decision, and what a second organizer must confirm. */
function selectionTodos(actor: Actor, at: Date): Todo[] {
  if (!can(actor.role, 'selection.manage') || actor.unitPath !== null) return [];
  const todos: Todo[] = [];
  for (const s of db()
    .select()
    .from(selections)
    .where(inArray(selections.stage, ['criteria', 'nomination', 'voting']))
    .all()) {
    const values = { title: s.title };
    const pendingCriteria = db()
      .select({ n })
      .from(criteria)
      .where(and(eq(criteria.selectionId, s.id), eq(criteria.status, 'pending')))
      .get()!.n;
    const pendingNominations = db()
      .select({ n })
      .from(nominations)
      .where(and(eq(nominations.selectionId, s.id), eq(nominations.status, 'pending')))
      .get()!.n;
    todos.push({ key: 'criteria', count: pendingCriteria, href: `/staff/selections/${s.id}/criteria`, values });
    todos.push({ key: 'nominations', count: pendingNominations, href: `/staff/selections/${s.id}/nominations`, values });
    const closure = db()
      .select()
      .from(earlyClosures)
      .where(and(eq(earlyClosures.selectionId, s.id), isNull(earlyClosures.closedAt), ne(earlyClosures.requestedBy, actor.id)))
      .get();
    if (closure) todos.push({ key: 'confirmEndEarly', count: 1, href: `/staff/selections/${s.id}`, values });
    if (effectiveStage(s, at) === 'counting' && votingEverOpened(s, at)) {
      const pending = db()
        .select()
        .from(publications)
        .where(and(eq(publications.selectionId, s.id), isNull(publications.publishedAt)))
        .get();
      const key = pending?.requestedBy && pending.requestedBy !== actor.id ? 'confirmPublication' : pending?.requestedBy ? null : 'publish';
      if (key) todos.push({ key, count: 1, href: `/staff/selections/${s.id}/count`, values });
    }
  }
  return todos;
}

function followUps(actor: Actor): Todo[] {
  if (!can(actor.role, 'inspections.record')) return [];
  const site = alias(sites, 'site');
  const unit = alias(units, 'site_unit');
  const count = db()
    .select({ n })
    .from(recommendations)
    .innerJoin(inspections, eq(inspections.id, recommendations.inspectionId))
    .innerJoin(site, eq(site.id, inspections.siteId))
    .innerJoin(unit, eq(unit.id, site.unitId))
    .where(and(ne(recommendations.status, 'done'), actor.unitPath === null ? undefined : like(unit.path, `${actor.unitPath}%`)))
    .get()!.n;
  return [{ key: 'followUps', count, href: '/staff/inspections' }];
}

/** Open surveys: communities whose response rate is still below the cycle's target (a surveyor: their own). */
function surveyTodos(actor: Actor): Todo[] {
  if (!can(actor.role, 'surveys.enter') && !can(actor.role, 'surveys.manage')) return [];
  return listSurveys()
    .filter((s) => s.status === 'open')
    .map((survey) => {
      const mine = new Set(entryCommunities(survey.id, actor).map((c) => c.id));
      const below = surveyProgress(survey, actor).filter((c) => c.flagged && mine.has(c.id)).length;
      return { key: 'belowTarget', count: below, href: `/staff/surveys/${survey.id}`, values: { title: survey.name } };
    });
}

/**
 * What needs doing now, for this person's role and units: each item counts what waits and links to the
 * list that shows it. Items with nothing waiting are left out.
 */
export function todosFor(actor: Actor, at: Date): Todo[] {
  const overdue: Todo[] = can(actor.role, 'requests.manage')
    ? [{ key: 'overdueRequests', count: listRequests(actor, { overdue: true }).total, href: '/staff/requests?overdue=1' }]
    : [];
  return [...overdue, ...selectionTodos(actor, at), ...followUps(actor), ...surveyTodos(actor)].filter((t) => t.count > 0);
}
