import { describe, expect, it } from 'vitest';
import { checkHonours } from './check';

describe('checkHonours', () => {
  it('accepts a good archive file', () => {
    const result = checkHonours(
      [
        ['年份', '姓名', '单位', '职务', '备注'],
        ['1988', '林安', '桂香里社区', '主任', '首届'],
        ['1989年', '周博', '梧桐里社区', '', ''],
      ],
      2025,
    );
    expect(result.errors).toEqual([]);
    expect(result.rows).toEqual([
      { line: 2, year: 1988, name: '林安', unit: '桂香里社区', position: '主任', note: '首届' },
      { line: 3, year: 1989, name: '周博', unit: '梧桐里社区', position: '', note: '' },
    ]);
  });

  it('lists bad rows by line and column and keeps none', () => {
    const result = checkHonours(
      [
        ['year', 'name', 'unit'],
        ['1987', '林安', '桂香里社区'],
        ['2000', '', '梧桐里社区'],
        ['2001', '周博', '梧桐里社区'],
      ],
      2025,
    );
    expect(result.rows).toEqual([]);
    expect(result.errors).toEqual([
      { line: 2, column: 'year', problem: 'badYear', value: '1987' },
      { line: 3, column: 'name', problem: 'required' },
    ]);
  });

  it('refuses a file without the needed columns', () => {
    expect(checkHonours([['姓名']], 2025).errors.map((e) => e.column)).toEqual(['year', 'unit', '']);
  });
});
