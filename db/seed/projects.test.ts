import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { db } from '@/db';
import * as s from '@/db/schema';
import { projectDelay } from '@/lib/projects/schedule';
import { districtDay } from '@/lib/district-time';
import { seedDistrict } from '@/tests/unit/fixtures';
import { seedProjects } from './projects';

describe('demo livelihood projects', () => {
  it('has last year’s decided call with projects in every state, and this year’s call open for proposals', async () => {
    await seedDistrict();
    // A small household register for the street's first communities (the survey seed makes the full one).
    const street = db().select().from(s.units).where(eq(s.units.kind, 'street')).get()!;
    for (const c of db().select().from(s.units).where(eq(s.units.parentId, street.id)).all().slice(0, 4))
      for (let i = 0; i < 12; i++)
        db()
          .insert(s.households)
          .values({ communityId: c.id, idHash: `${c.id}-${i}` })
          .run();
    const at = new Date();
    const { proposalCodes, ratingCodes, callBallot } = await seedProjects(db(), at);
    expect(proposalCodes).toHaveLength(20);
    expect(ratingCodes.length).toBeGreaterThan(0);
    const calls = db().select().from(s.projectCalls).all();
    expect(calls.map((c) => [c.year, c.stage, c.mode])).toEqual([
      [at.getFullYear() - 1, 'decided', 'deputies'],
      [at.getFullYear(), 'proposals', 'deputies'],
      [at.getFullYear(), 'voting', 'residents'],
    ]);
    const today = districtDay(at);
    const states = db()
      .select()
      .from(s.projects)
      .all()
      .map((p) => {
        const ms = db().select().from(s.projectMilestones).where(eq(s.projectMilestones.projectId, p.id)).all();
        const rated = db().select().from(s.projectRatings).where(eq(s.projectRatings.projectId, p.id)).all().length > 0;
        return [p.status, projectDelay(p, ms, today).delayed, rated];
      });
    expect(states).toEqual([
      ['completed', false, true],
      ['completed', true, true],
      ['in_progress', false, false],
      ['in_progress', true, false],
    ]);
    const votes = db().select().from(s.deputyVotes).all();
    expect(votes).toHaveLength(9 * 6);
    // The street's residents' call votes in its encrypted election, frozen with its four projects.
    const election = db().select().from(s.elections).where(eq(s.elections.callId, callBallot.callId)).get()!;
    expect(election.phase).toBe('frozen');
    expect(election.answerIds).toHaveLength(4);
    expect(callBallot.codes.length).toBeGreaterThan(0);
    expect(callBallot.keyFiles).toHaveLength(3);
  });
});
