import ExcelJS from 'exceljs';
import type { Indicator } from '@/db/schema';
import type { ScoreRow } from './queries';

// A name typed as "=HYPERLINK(…)" must stay text in a spreadsheet.
const safe = (v: string) => (/^[=+\-@\t\r]/.test(v) ? `'${v}` : v);

/** One row per official: ranks, composite, grade, then each indicator's raw, normalized and weighted score. */
export function scoreTable(rows: ScoreRow[], list: Indicator[], label: (key: string) => string) {
  const header = [
    label('rankInDistrict'),
    label('rankInLevel'),
    label('official'),
    label('position'),
    label('unit'),
    label('composite'),
    label('grade'),
    label('vetoed'),
    ...list.flatMap((i) => [`${i.name} ${label('raw')}`, `${i.name} ${label('normalized')}`, `${i.name} ${label('weighted')}`]),
  ];
  const body = rows.map((r): (string | number)[] => [
    r.rankInDistrict,
    r.rankInLevel,
    safe(r.name),
    safe(r.position),
    safe(r.unitName),
    r.composite,
    label(`grades.${r.grade}`),
    r.vetoed ? label('yes') : '',
    ...list.flatMap((i): (string | number)[] => {
      const score = r.indicatorScores[i.code];
      return score ? [Number(score.raw.toFixed(4)), score.normalized, score.weighted] : ['', '', ''];
    }),
  ]);
  return { header, body };
}

// Excel refuses * ? : \ / [ ] in a sheet name, a quote at either end, more than 31 characters and
// "History"; a cycle named "2025/2026 年度考核" must still export, so those are replaced.
function sheetNameOf(name: string): string {
  const cleaned = name
    .replace(/[*?:/\\[\]]/g, '-')
    .slice(0, 31)
    .replace(/^'+|'+$/g, '')
    .trim();
  return cleaned === '' || cleaned.toLowerCase() === 'history' ? 'Sheet1' : cleaned;
}

export async function toXlsx(sheetName: string, header: string[], body: unknown[][]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(sheetNameOf(sheetName));
  sheet.addRow(header).font = { bold: true };
  for (const row of body) sheet.addRow(row);
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
