import type { ReviewGrade } from '@/db/schema';
import { dimensions, type Dimension } from './metrics';

export type FormGrades = Record<Dimension, ReviewGrade>;

// Keys on a paper form's grid: 1–4 or A–D, as printed on the form, or the grade's first character.
const keyGrades: Record<string, ReviewGrade> = {
  '1': 'excellent',
  A: 'excellent',
  优: 'excellent',
  '2': 'competent',
  B: 'competent',
  称: 'competent',
  '3': 'basic',
  C: 'basic',
  基: 'basic',
  '4': 'incompetent',
  D: 'incompetent',
  不: 'incompetent',
};

export function gradeOfKey(key: string): ReviewGrade | null {
  return keyGrades[key.trim().toUpperCase()] ?? null;
}

export type CellError = { row: number; dimension: Dimension; value: string };

/**
 * A batch of paper forms typed into the grid, five cells per row in dimension order. A wholly empty
 * row is a spare and is skipped; any other row must have five valid cells, else the whole batch is
 * refused and every bad cell is named (row numbers count from 1, as on the screen).
 */
export function readGrid(cells: string[]): { forms: FormGrades[]; errors: CellError[] } {
  const forms: FormGrades[] = [];
  const errors: CellError[] = [];
  for (let start = 0; start < cells.length; start += dimensions.length) {
    const row = cells.slice(start, start + dimensions.length);
    if (row.every((c) => c.trim() === '')) continue;
    const form = {} as FormGrades;
    dimensions.forEach((dimension, d) => {
      const value = row[d] ?? '';
      const grade = gradeOfKey(value);
      if (grade) form[dimension] = grade;
      else errors.push({ row: start / dimensions.length + 1, dimension, value: value.slice(0, 4) });
    });
    forms.push(form);
  }
  return { forms: errors.length ? [] : forms, errors };
}
