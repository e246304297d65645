import { describe, expect, it } from 'vitest';
import { checkRoster, decodeText, parseCsv, type RosterUnit } from './roster';

const unitsList: RosterUnit[] = [
  { id: 1, name: '临江区', path: '/1/', parentName: null },
  { id: 2, name: '春晖街道', path: '/1/2/', parentName: '临江区' },
  { id: 3, name: '桂香里社区', path: '/1/2/3/', parentName: '春晖街道' },
  { id: 4, name: '临河街道', path: '/1/4/', parentName: '临江区' },
  { id: 5, name: '同名社区', path: '/1/2/5/', parentName: '春晖街道' },
  { id: 6, name: '同名社区', path: '/1/4/6/', parentName: '临河街道' },
];
const everywhere = () => true;

describe('parseCsv', () => {
  it('handles quotes, doubled quotes, commas, CRLF and blank lines', () => {
    expect(parseCsv('a,b\r\n"x, y","say ""hi"""\n\n1,\n')).toEqual([
      ['a', 'b'],
      ['x, y', 'say "hi"'],
      ['1', ''],
    ]);
  });
});

describe('decodeText', () => {
  it('strips a UTF-8 BOM and falls back to GB18030 for files saved by Chinese Excel', () => {
    expect(decodeText(new TextEncoder().encode('\uFEFF姓名'))).toBe('姓名');
    const gbk = new Uint8Array([0xd0, 0xd5, 0xc3, 0xfb]); // 姓名 in GBK
    expect(decodeText(gbk)).toBe('姓名');
  });
});

describe('checkRoster', () => {
  const header = ['姓名', '单位', '职务', '职级', '简介'];

  it('accepts good rows, by unit name or street/community path, with Chinese or code grades', async () => {
    const result = await checkRoster(
      [header, ['林安', '桂香里社区', '社区居委会主任', '科级', ''], ['周博', '临河街道/同名社区', '网格员', 'staff', '简介']],
      unitsList,
      everywhere,
    );
    expect(result.errors).toEqual([]);
    expect(result.rows).toEqual([
      { line: 2, unitId: 3, name: '林安', position: '社区居委会主任', grade: 'section', bio: '' },
      { line: 3, unitId: 6, name: '周博', position: '网格员', grade: 'staff', bio: '简介' },
    ]);
  });

  it('lists every problem by line and column and returns no rows at all', async () => {
    const result = await checkRoster(
      [header, ['林安', '桂香里社区', '主任', '科级', ''], ['', '不存在社区', '', '大官', ''], ['周博', '同名社区', '主任', '处级', '']],
      unitsList,
      everywhere,
    );
    expect(result.rows).toEqual([]);
    expect(result.errors).toEqual([
      { line: 3, column: 'name', problem: 'required' },
      { line: 3, column: 'position', problem: 'required' },
      { line: 3, column: 'grade', problem: 'unknownGrade', value: '大官' },
      { line: 3, column: 'unit', problem: 'unknownUnit', value: '不存在社区' },
      { line: 4, column: 'unit', problem: 'ambiguousUnit', value: '同名社区' },
    ]);
  });

  it('refuses units outside the importer scope', async () => {
    const result = await checkRoster([header, ['林安', '临河街道', '主任', '处级']], unitsList, (p) => p.startsWith('/1/2/'));
    expect(result.errors).toEqual([{ line: 2, column: 'unit', problem: 'unitOutOfScope', value: '临河街道' }]);
  });

  it('refuses a file without the required columns or rows', async () => {
    expect((await checkRoster([['name', 'unit']], unitsList, everywhere)).errors.map((e) => e.problem)).toEqual([
      'missingColumn',
      'missingColumn',
      'empty',
    ]);
  });

  it('reports progress on large files', async () => {
    const rows = Array.from({ length: 1200 }, (_, i) => [`干部${i}`, '桂香里社区', '网格员', '科员']);
    const seen: number[] = [];
    const result = await checkRoster([header, ...rows], unitsList, everywhere, (done) => void seen.push(done));
    expect(result.rows).toHaveLength(1200);
    expect(seen).toEqual([500, 1000, 1200]);
  });
});
