import { beforeAll, describe, expect, it } from 'vitest';
import { makeActor, seedDistrict } from '@/tests/unit/fixtures';
import { listNightTalks } from './queries';

beforeAll(async () => {
  await seedDistrict();
});

describe('night-talk list paging', () => {
  // The page number comes straight from ?page= in the URL: a fraction or a huge number must not reach SQLite.
  it.each([1.01, 2.5, 1e300, Infinity, -3, 0, Number.NaN])('page %s lists without an error', (page) => {
    const list = listNightTalks(makeActor('admin', null), page);
    expect(Array.isArray(list.rows)).toBe(true);
  });
});
