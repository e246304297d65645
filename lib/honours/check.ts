/** Pure checking of a past-winners file (year, name, unit, position, note): every row or none. */

export type HonourRow = { line: number; year: number; name: string; unit: string; position: string; note: string };
export type HonourError = { line: number; column: string; problem: string; value?: string };

const aliases: Record<string, keyof Omit<HonourRow, 'line'>> = {
  年份: 'year',
  年度: 'year',
  year: 'year',
  姓名: 'name',
  name: 'name',
  单位: 'unit',
  unit: 'unit',
  职务: 'position',
  position: 'position',
  备注: 'note',
  note: 'note',
};

export function checkHonours(table: string[][], lastYear: number): { rows: HonourRow[]; errors: HonourError[]; total: number } {
  const [header = [], ...body] = table;
  const index: Partial<Record<keyof Omit<HonourRow, 'line'>, number>> = {};
  header.forEach((h, i) => {
    const key = aliases[h.trim()] ?? aliases[h.trim().toLowerCase()];
    if (key && index[key] === undefined) index[key] = i;
  });
  const errors: HonourError[] = (['year', 'name', 'unit'] as const)
    .filter((k) => index[k] === undefined)
    .map((column) => ({ line: 1, column, problem: 'missingColumn' }));
  if (body.length === 0) errors.push({ line: 1, column: '', problem: 'empty' });
  if (errors.length) return { rows: [], errors, total: body.length };
  const cell = (r: string[], k: keyof typeof index) => (index[k] === undefined ? '' : (r[index[k]!] ?? '').trim());
  const rows: HonourRow[] = [];
  body.forEach((r, i) => {
    const line = i + 2;
    const before = errors.length;
    const yearText = cell(r, 'year').replace(/年$/, '');
    const year = Number(yearText);
    if (!/^\d{4}$/.test(yearText) || year < 1988 || year > lastYear)
      errors.push({ line, column: 'year', problem: 'badYear', value: cell(r, 'year') });
    for (const [column, max] of [
      ['name', 40],
      ['unit', 60],
    ] as const) {
      const v = cell(r, column);
      if (!v) errors.push({ line, column, problem: 'required' });
      else if (v.length > max) errors.push({ line, column, problem: 'tooLong', value: v });
    }
    if (cell(r, 'position').length > 60) errors.push({ line, column: 'position', problem: 'tooLong' });
    if (cell(r, 'note').length > 200) errors.push({ line, column: 'note', problem: 'tooLong' });
    if (errors.length === before)
      rows.push({ line, year, name: cell(r, 'name'), unit: cell(r, 'unit'), position: cell(r, 'position'), note: cell(r, 'note') });
  });
  return { rows: errors.length ? [] : rows, errors, total: body.length };
}
