import { requestCategories } from '@/db/schema';
import type { Tx } from '@/db/tx';
import type { Db } from '@/db';

/** The standard categories and their deadlines in working days; a district may change them later. */
export const defaultCategories = [
  { code: 'roads', nameZh: '道路交通', nameEn: 'Roads and traffic', respondDays: 1, resolveDays: 10 },
  { code: 'sanitation', nameZh: '环境卫生', nameEn: 'Sanitation', respondDays: 1, resolveDays: 5 },
  { code: 'property', nameZh: '物业管理', nameEn: 'Property management', respondDays: 1, resolveDays: 10 },
  { code: 'safety', nameZh: '治安', nameEn: 'Public safety', respondDays: 1, resolveDays: 3 },
  { code: 'utilities', nameZh: '供暖供水', nameEn: 'Heating and water', respondDays: 1, resolveDays: 3 },
  { code: 'other', nameZh: '其他', nameEn: 'Other', respondDays: 1, resolveDays: 15 },
];

/** Adds the standard categories that are missing; existing ones (and their edited deadlines) stay. */
export function ensureCategories(database: Db | Tx) {
  database.insert(requestCategories).values(defaultCategories).onConflictDoNothing({ target: requestCategories.code }).run();
}
