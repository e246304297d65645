import { describe, expect, it } from 'vitest';
import { updateUnitSchema } from './schemas';

const edit = (households?: string) => updateUnitSchema.safeParse({ id: '5', name: '听涛苑社区', nameEn: '', households });

describe('a unit edited with its household count', () => {
  it('left empty or not sent at all, the count is unknown (null), not refused', () => {
    expect(edit('').data?.households).toBeNull();
    expect(edit(undefined).data?.households).toBeNull();
  });
  it('typed with separators, it is the number', () => {
    expect(edit('1,359').data?.households).toBe(1359);
  });
  it('anything else is refused on the field', () => {
    const r = edit('很多');
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.path).toEqual(['households']);
  });
});
