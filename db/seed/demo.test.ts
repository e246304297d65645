import { eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { db } from '@/db';
import { officials, roles, staff, units } from '@/db/schema';
import { seedDistrict } from '@/tests/unit/fixtures';
import { openDatabase } from '../index';
import { applyMigrations } from '../migrate';
import { seedDemo } from './demo';
import os from 'node:os';
import path from 'node:path';
import fs from 'node:fs';

describe('demo district seed', () => {
  it('builds 6 streets, 60 communities of 800–5,000 households, about 300 officials and one account per role', async () => {
    await seedDistrict();
    const streets = db().select().from(units).where(eq(units.kind, 'street')).all();
    const communities = db().select().from(units).where(eq(units.kind, 'community')).all();
    expect(streets).toHaveLength(6);
    expect(communities).toHaveLength(60);
    for (const c of communities) {
      expect(c.households).toBeGreaterThanOrEqual(800);
      expect(c.households).toBeLessThanOrEqual(5000);
      expect(c.path).toMatch(/^\/\d+\/\d+\/\d+\/$/);
    }
    const count = db()
      .select({ n: sql<number>`count(*)` })
      .from(officials)
      .get()!.n;
    expect(count).toBeGreaterThan(270);
    expect(count).toBeLessThan(330);
    const accountRoles = db()
      .select({ role: staff.role })
      .from(staff)
      .all()
      .map((r) => r.role);
    expect([...accountRoles].sort()).toEqual([...roles].sort());
    expect(new Set(communities.map((c) => c.name)).size).toBe(60);
  });

  it('is deterministic: the same names on every machine', async () => {
    const names = async () => {
      const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'minping-seed-')), 'x.db');
      const database = openDatabase(file);
      applyMigrations(database);
      await seedDemo(database, async (p) => p);
      const list = database
        .select({ name: officials.name })
        .from(officials)
        .all()
        .map((r) => r.name);
      database.$client.close();
      return list;
    };
    expect(await names()).toEqual(await names());
  });
});
