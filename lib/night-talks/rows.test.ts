import { describe, expect, it } from 'vitest';
import { recordNightTalkSchema } from './schemas';
import { rowFieldName, rowFilled, slotRows } from './rows';

describe('night-talk request rows from a plain form', () => {
  it('reads each slot by name and drops the blank ones, category alone counting as blank', () => {
    const form = {
      [rowFieldName(0, 'category')]: 'roads',
      [rowFieldName(1, 'category')]: 'other',
      [rowFieldName(1, 'description')]: '楼道灯坏了',
      [rowFieldName(2, 'contactPhone')]: '13600002222',
    };
    const rows = slotRows(form);
    expect(rows.filter(rowFilled)).toEqual([
      { category: 'other', description: '楼道灯坏了', contactName: '', contactPhone: '' },
      { category: '', description: '', contactName: '', contactPhone: '13600002222' },
    ]);
  });

  it('takes the ticked officials from their boxes and names a bad row by its place among the filled ones', () => {
    const parsed = recordNightTalkSchema.safeParse({
      communityId: '3',
      heldOn: '2026-03-01',
      residentsMet: '2',
      'official.7': 'on',
      'official.12': 'on',
      [rowFieldName(2, 'category')]: 'other',
      [rowFieldName(2, 'description')]: '吵',
    });
    expect(parsed.success).toBe(false);
    expect(parsed.error!.issues.map((i) => i.path.join('.'))).toEqual(['requests.0.description']);
    const ok = recordNightTalkSchema.parse({
      communityId: '3',
      heldOn: '2026-03-01',
      residentsMet: '2',
      'official.7': 'on',
      'official.12': 'on',
    });
    expect(ok.officialIds.sort((a, b) => a - b)).toEqual([7, 12]);
  });
});
