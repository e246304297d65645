import { and, eq, inArray } from 'drizzle-orm';
import { officials, projectMilestones, projectOfficials, projectPhotos, projectPlaces, projects, projectUpdates, units } from '@/db/schema';
import { ActionError, defineCommand } from '@/lib/action/core';
import { now } from '@/lib/clock';
import { districtDay } from '@/lib/district-time';
import { loadProject, recordEvent } from './guards';
import { discardPhoto, preparePhoto, storePhoto } from './photos';
import { completeSchema, milestoneSchema, progressSchema, projectSchema } from './schemas';

export const commands = {
  /** The plan: summary, budget, dates, the officials who answer for it and the places it serves. */
  updateProject: defineCommand({
    name: 'projects.update',
    scope: 'unit',
    permission: 'projects.progress',
    schema: projectSchema,
    run: (input, ctx) =>
      ctx.write((tx, audit) => {
        const before = loadProject(tx, ctx, input.id);
        if (input.plannedEndOn < input.startsOn)
          throw new ActionError('projects.errors.endBeforeStart', { plannedEndOn: ['field.invalid'] });
        const early = tx
          .select()
          .from(projectMilestones)
          .where(eq(projectMilestones.projectId, before.id))
          .all()
          .find((m) => m.plannedOn < input.startsOn);
        if (early) throw new ActionError('projects.errors.milestoneBeforeStart', { startsOn: ['field.invalid'] });
        const found = input.officials.length ? tx.select().from(officials).where(inArray(officials.id, input.officials)).all() : [];
        if (found.length !== new Set(input.officials).size) throw new ActionError('errors.invalid', { officials: ['field.invalid'] });
        const places = [...new Set([before.communityId, ...input.places])];
        const communities = tx
          .select()
          .from(units)
          .where(and(inArray(units.id, places), eq(units.kind, 'community')))
          .all();
        if (communities.length !== places.length) throw new ActionError('errors.invalid', { places: ['field.invalid'] });
        const { id, officials: officialIds, places: _places, ...plan } = input;
        tx.update(projects).set(plan).where(eq(projects.id, id)).run();
        tx.delete(projectOfficials).where(eq(projectOfficials.projectId, id)).run();
        for (const officialId of new Set(officialIds)) tx.insert(projectOfficials).values({ projectId: id, officialId }).run();
        tx.delete(projectPlaces).where(eq(projectPlaces.projectId, id)).run();
        for (const communityId of places) tx.insert(projectPlaces).values({ projectId: id, communityId }).run();
        const changed = Object.fromEntries(
          (Object.keys(plan) as (keyof typeof plan)[]).filter((k) => plan[k] !== before[k]).map((k) => [k, plan[k]]),
        );
        recordEvent(
          tx,
          id,
          'plan',
          { ...changed, officials: found.map((o) => o.name).join('、'), places: communities.map((c) => c.name).join('、') },
          ctx.actor.id,
          now(),
        );
        audit({
          entity: 'project',
          entityId: id,
          unitId: before.responsibleUnitId,
          before,
          after: { ...plan, officials: officialIds, places },
        });
        return { id };
      }),
  }),
  /** A milestone with its planned day, and the actual day once reached; never before the project starts. */
  saveMilestone: defineCommand({
    name: 'projects.milestone',
    scope: 'unit',
    permission: 'projects.progress',
    schema: milestoneSchema,
    run: (input, ctx) =>
      ctx.write((tx, audit) => {
        const project = loadProject(tx, ctx, input.projectId);
        if (input.plannedOn < project.startsOn)
          throw new ActionError('projects.errors.milestoneBeforeStart', { plannedOn: ['field.beforeStart'] });
        if (input.actualOn && input.actualOn < project.startsOn)
          throw new ActionError('projects.errors.milestoneBeforeStart', { actualOn: ['field.beforeStart'] });
        if (input.actualOn && input.actualOn > districtDay(now()))
          throw new ActionError('projects.errors.future', { actualOn: ['field.date'] });
        const values = { title: input.title, plannedOn: input.plannedOn, actualOn: input.actualOn ?? null };
        let before = null;
        let milestoneId = input.id;
        if (input.id) {
          before = tx
            .select()
            .from(projectMilestones)
            .where(and(eq(projectMilestones.id, input.id), eq(projectMilestones.projectId, project.id)))
            .get();
          if (!before) throw new ActionError('errors.notFound');
          tx.update(projectMilestones).set(values).where(eq(projectMilestones.id, input.id)).run();
        } else {
          const position = tx.select().from(projectMilestones).where(eq(projectMilestones.projectId, project.id)).all().length;
          milestoneId = tx
            .insert(projectMilestones)
            .values({ ...values, projectId: project.id, position })
            .returning()
            .get().id;
        }
        const kind = !before ? 'milestoneAdded' : values.actualOn && !before.actualOn ? 'milestoneReached' : 'milestoneChanged';
        recordEvent(
          tx,
          project.id,
          kind,
          { milestone: values.title, plannedOn: values.plannedOn, actualOn: values.actualOn, previousPlannedOn: before?.plannedOn ?? null },
          ctx.actor.id,
          now(),
        );
        audit({ entity: 'project_milestone', entityId: milestoneId, unitId: project.responsibleUnitId, before, after: values });
        return { id: milestoneId };
      }),
  }),
  /** Progress in words, optionally with a photo resized on the server. */
  reportProgress: defineCommand({
    name: 'projects.progress',
    scope: 'unit',
    permission: 'projects.progress',
    schema: progressSchema,
    run: async (input, ctx) => {
      // Scope first, so nothing of another unit's project is decoded or written to disk.
      ctx.write((tx) => loadProject(tx, ctx, input.projectId));
      let photoId: string | null = null;
      let size = { width: 0, height: 0, bytes: 0 };
      if (input.photo) {
        const prepared = await preparePhoto(input.photo);
        if ('problem' in prepared) throw new ActionError(`projects.errors.${prepared.problem}`, { photo: ['field.photo'] });
        photoId = storePhoto(prepared);
        size = { width: prepared.width, height: prepared.height, bytes: prepared.buffer.length };
      }
      try {
        return ctx.write((tx, audit) => {
          const project = loadProject(tx, ctx, input.projectId);
          if (project.status === 'completed') throw new ActionError('projects.errors.completed');
          const at = now();
          const update = tx
            .insert(projectUpdates)
            .values({ projectId: project.id, body: input.body, progress: input.progress ?? null, authorId: ctx.actor.id, at })
            .returning()
            .get();
          if (photoId)
            tx.insert(projectPhotos)
              .values({ id: photoId, projectId: project.id, updateId: update.id, caption: input.caption, at, ...size })
              .run();
          const changes = {
            progress: input.progress ?? project.progress,
            status: project.status === 'planned' ? ('in_progress' as const) : project.status,
          };
          tx.update(projects).set(changes).where(eq(projects.id, project.id)).run();
          recordEvent(
            tx,
            project.id,
            'progress',
            { progress: changes.progress, photo: photoId ? 1 : 0, updateId: update.id },
            ctx.actor.id,
            at,
          );
          audit({
            entity: 'project',
            entityId: project.id,
            unitId: project.responsibleUnitId,
            before: { progress: project.progress, status: project.status },
            after: { ...changes, updateId: update.id, photoId },
          });
          return { id: update.id, photoId };
        });
      } catch (error) {
        if (photoId) discardPhoto(photoId);
        throw error;
      }
    },
  }),
  /** Completion: the day it was finished, and until when the households of its places may rate it. */
  complete: defineCommand({
    name: 'projects.complete',
    scope: 'unit',
    permission: 'projects.progress',
    schema: completeSchema,
    run: (input, ctx) =>
      ctx.write((tx, audit) => {
        const project = loadProject(tx, ctx, input.projectId);
        if (project.status === 'completed') throw new ActionError('projects.errors.completed');
        const today = districtDay(now());
        if (input.completedOn < project.startsOn)
          throw new ActionError('projects.errors.milestoneBeforeStart', { completedOn: ['field.beforeStart'] });
        if (input.completedOn > today) throw new ActionError('projects.errors.future', { completedOn: ['field.date'] });
        if (input.ratingClosesOn < today) throw new ActionError('errors.invalid', { ratingClosesOn: ['field.date'] });
        const changes = {
          status: 'completed' as const,
          completedOn: input.completedOn,
          ratingClosesOn: input.ratingClosesOn,
          progress: 100,
        };
        tx.update(projects).set(changes).where(eq(projects.id, project.id)).run();
        const at = now();
        tx.insert(projectUpdates).values({ projectId: project.id, body: input.note, progress: 100, authorId: ctx.actor.id, at }).run();
        recordEvent(tx, project.id, 'completed', { completedOn: input.completedOn, plannedEndOn: project.plannedEndOn }, ctx.actor.id, at);
        audit({
          entity: 'project',
          entityId: project.id,
          unitId: project.responsibleUnitId,
          before: { status: project.status },
          after: changes,
        });
        return { id: project.id };
      }),
  }),
};
