import { sql } from 'drizzle-orm';
import type { Db } from '../index';
import { officials, staff, type Grade, type Role } from '../schema';
import { insertUnit } from '../../lib/units/write';
import * as names from './names';
import { seededRandom } from './random';

export const DEMO_PASSWORD = 'minping-demo';

/** username, role and which unit the account is scoped to (null = whole district, else a street index). */
export const demoAccounts: { username: string; displayName: string; role: Role; street: number | null }[] = [
  { username: 'admin', displayName: '系统管理员', role: 'admin', street: null },
  { username: 'organizer', displayName: '组织部干部科', role: 'organizer', street: null },
  { username: 'inspector', displayName: '考察组', role: 'inspector', street: null },
  { username: 'surveyor', displayName: '第三方测评员', role: 'surveyor', street: 0 },
  { username: 'street', displayName: '春晖街道工作人员', role: 'unit_staff', street: 0 },
  { username: 'viewer', displayName: '审计查阅', role: 'viewer', street: null },
  { username: 'deputy', displayName: '苏明远', role: 'deputy', street: null },
];

export function isEmpty(database: Db): boolean {
  return (database.get<{ n: number }>(sql`select count(*) as n from units`)?.n ?? 0) === 0;
}

/** A whole invented district: 6 streets, 60 communities, about 300 officials, one account per role. */
export async function seedDemo(database: Db, hash: (password: string) => Promise<string>) {
  const rand = seededRandom(20261127);
  const personName = () => rand.pick(names.surnames) + rand.pick(names.givenChars) + (rand.next() < 0.6 ? rand.pick(names.givenChars) : '');
  const passwordHash = await hash(DEMO_PASSWORD);

  database.transaction((tx) => {
    const district = insertUnit(tx, {
      parentId: null,
      kind: 'district',
      name: names.districtName,
      nameEn: names.english[names.districtName],
      households: null,
    });
    const addOfficial = (unitId: number, position: string, grade: Grade) =>
      tx.insert(officials).values({ unitId, name: personName(), position, positionEn: names.english[position], grade, bio: '' }).run();
    names.districtPositions.forEach((p) => addOfficial(district.id, p, 'division'));

    const streets = names.streetNames.map((streetName, s) => {
      const street = insertUnit(tx, {
        parentId: district.id,
        kind: 'street',
        name: streetName,
        nameEn: names.english[streetName],
        households: null,
      });
      names.streetPositions.forEach((p, i) => addOfficial(street.id, p, i < 2 ? 'division' : 'section'));
      for (let c = 0; c < 10; c++) {
        // 20 stems × 4 suffixes: every community name in the district is distinct.
        const k = s * 10 + c;
        const stem = names.communityStems[k % names.communityStems.length];
        const community = insertUnit(tx, {
          parentId: street.id,
          kind: 'community',
          name: `${stem}${names.communitySuffixes[Math.floor(k / names.communityStems.length)]}`,
          households: rand.int(800, 5000),
        });
        names.communityPositions.forEach((p, i) => addOfficial(community.id, p, i < 2 ? 'section' : 'staff'));
        if (rand.next() < 0.5) addOfficial(community.id, '社区党委副书记', 'staff');
      }
      return street;
    });

    for (const account of demoAccounts) {
      const unitId = account.street === null ? null : (streets[account.street]?.id ?? null);
      tx.insert(staff)
        .values({ username: account.username, displayName: account.displayName, role: account.role, unitId, passwordHash })
        .run();
    }
  });
}
