import { grades, type Grade } from '@/db/schema';

/** Pure roster checking: imported by the preview route and unit-tested directly. */

export const MAX_ROSTER_ROWS = 20000;

export type RosterRow = { line: number; unitId: number; name: string; position: string; grade: Grade; bio: string };
export type RosterError = { line: number; column: string; problem: string; value?: string };
export type RosterUnit = { id: number; name: string; path: string; parentName: string | null };

const headerAliases: Record<string, keyof typeof columnKeys> = {
  姓名: 'name',
  name: 'name',
  单位: 'unit',
  所在单位: 'unit',
  unit: 'unit',
  职务: 'position',
  position: 'position',
  职级: 'grade',
  grade: 'grade',
  简介: 'bio',
  bio: 'bio',
};
const columnKeys = { name: true, unit: true, position: true, grade: true, bio: false } as const;

const gradeAliases: Record<string, Grade> = {
  局级: 'bureau',
  厅局级: 'bureau',
  bureau: 'bureau',
  处级: 'division',
  县处级: 'division',
  division: 'division',
  科级: 'section',
  乡科级: 'section',
  section: 'section',
  科员: 'staff',
  一般干部: 'staff',
  staff: 'staff',
};

/** UTF-8 (with or without BOM); files saved by Chinese Excel are often GB18030, so fall back to it. */
export function decodeText(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    return new TextDecoder('gb18030').decode(bytes);
  }
}

/** RFC 4180 CSV: quoted fields, doubled quotes, CRLF or LF. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"' && field === '') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  if (field !== '' || row.length > 0) rows.push([...row, field]);
  return rows.filter((r) => r.some((cell) => cell.trim() !== ''));
}

/** `rows` is empty unless every row is good: an import is all or nothing. `valid` counts the good rows. */
export type RosterCheck = { rows: RosterRow[]; errors: RosterError[]; total: number; valid: number };

/**
 * Checks every row against the unit tree and the importer's scope. `onProgress` lets the caller
 * report progress on large files; rows are checked in order.
 */
export async function checkRoster(
  table: string[][],
  units: RosterUnit[],
  inScope: (path: string) => boolean,
  onProgress?: (done: number, total: number) => Promise<void> | void,
): Promise<RosterCheck> {
  const [header = [], ...body] = table;
  const errors: RosterError[] = [];
  const index: Partial<Record<keyof typeof columnKeys, number>> = {};
  header.forEach((h, i) => {
    const key = headerAliases[h.trim().toLowerCase()] ?? headerAliases[h.trim()];
    if (key && index[key] === undefined) index[key] = i;
  });
  for (const [key, required] of Object.entries(columnKeys)) {
    if (required && index[key as keyof typeof columnKeys] === undefined) errors.push({ line: 1, column: key, problem: 'missingColumn' });
  }
  if (body.length === 0) errors.push({ line: 1, column: '', problem: 'empty' });
  if (body.length > MAX_ROSTER_ROWS) errors.push({ line: 1, column: '', problem: 'tooManyRows' });
  if (errors.length) return { rows: [], errors, total: body.length, valid: 0 };

  const byName = new Map<string, RosterUnit[]>();
  for (const u of units) {
    byName.set(u.name, [...(byName.get(u.name) ?? []), u]);
    if (u.parentName) byName.set(`${u.parentName}/${u.name}`, [u]);
  }
  const rows: RosterRow[] = [];
  const cell = (r: string[], key: keyof typeof columnKeys) => (index[key] === undefined ? '' : (r[index[key]!] ?? '').trim());
  for (let i = 0; i < body.length; i++) {
    const r = body[i]!;
    const line = i + 2;
    const before = errors.length;
    const name = cell(r, 'name');
    const unitName = cell(r, 'unit').replace(/\s*[／/]\s*/g, '/');
    const position = cell(r, 'position');
    const gradeText = cell(r, 'grade');
    const bio = cell(r, 'bio');
    if (!name) errors.push({ line, column: 'name', problem: 'required' });
    else if (name.length > 40) errors.push({ line, column: 'name', problem: 'tooLong', value: name });
    if (!position) errors.push({ line, column: 'position', problem: 'required' });
    else if (position.length > 60) errors.push({ line, column: 'position', problem: 'tooLong', value: position });
    if (bio.length > 2000) errors.push({ line, column: 'bio', problem: 'tooLong' });
    const grade = gradeAliases[gradeText] ?? gradeAliases[gradeText.toLowerCase()];
    if (!grade || !grades.includes(grade))
      errors.push({ line, column: 'grade', problem: gradeText ? 'unknownGrade' : 'required', value: gradeText });
    const matches = unitName ? (byName.get(unitName) ?? []) : [];
    if (!unitName) errors.push({ line, column: 'unit', problem: 'required' });
    else if (matches.length === 0) errors.push({ line, column: 'unit', problem: 'unknownUnit', value: unitName });
    else if (matches.length > 1) errors.push({ line, column: 'unit', problem: 'ambiguousUnit', value: unitName });
    else if (!inScope(matches[0]!.path)) errors.push({ line, column: 'unit', problem: 'unitOutOfScope', value: unitName });
    if (errors.length === before) rows.push({ line, unitId: matches[0]!.id, name, position, grade: grade!, bio });
    if (onProgress && (i + 1) % 500 === 0) await onProgress(i + 1, body.length);
  }
  await onProgress?.(body.length, body.length);
  return { rows: errors.length ? [] : rows, errors, total: body.length, valid: rows.length };
}
