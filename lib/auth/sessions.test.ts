import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/db';
import { makeActor, seedDistrict } from '@/tests/unit/fixtures';
import { endStaffSession, SESSION_SECONDS, sessionIsLive, startStaffSession } from './sessions';

beforeAll(seedDistrict);

describe('server-side staff sessions', () => {
  const at = new Date('2026-11-10T02:00:00Z');

  it('a session is live until it is ended; after that the same id is refused', () => {
    const actor = makeActor('organizer');
    const id = startStaffSession(db(), actor.id, at);
    expect(sessionIsLive(db(), id, actor.id, at)).toBe(true);
    expect(endStaffSession(db(), id, at)).toBe(actor.id);
    expect(sessionIsLive(db(), id, actor.id, at)).toBe(false);
    expect(endStaffSession(db(), id, at)).toBeNull();
  });

  it('is refused for another account, a made-up id, and after it expires', () => {
    const actor = makeActor('viewer');
    const other = makeActor('admin');
    const id = startStaffSession(db(), actor.id, at);
    expect(sessionIsLive(db(), id, other.id, at)).toBe(false);
    expect(sessionIsLive(db(), 'made-up', actor.id, at)).toBe(false);
    expect(sessionIsLive(db(), undefined, actor.id, at)).toBe(false);
    expect(sessionIsLive(db(), id, actor.id, new Date(at.getTime() + SESSION_SECONDS * 1000))).toBe(false);
  });

  it('stores only a hash of the id', () => {
    const actor = makeActor('viewer');
    const id = startStaffSession(db(), actor.id, at);
    const stored = db().$client.prepare('select id_hash from staff_sessions').all() as { id_hash: string }[];
    expect(stored.some((r) => r.id_hash.includes(id))).toBe(false);
  });
});
