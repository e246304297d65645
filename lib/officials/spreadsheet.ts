import ExcelJS from 'exceljs';
import { decodeText, parseCsv } from './roster';

export class UnreadableFile extends Error {}

function cellText(value: ExcelJS.CellValue): string {
  if (value == null) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((p) => p.text).join('');
    if ('text' in value) return String(value.text);
    if ('result' in value) return cellText(value.result as ExcelJS.CellValue);
    return '';
  }
  return String(value);
}

/** The first sheet of an .xlsx, or a .csv, as rows of strings. */
export async function readTable(bytes: Uint8Array, fileName: string): Promise<string[][]> {
  const lower = fileName.toLowerCase();
  if (lower.endsWith('.csv')) return parseCsv(decodeText(bytes));
  if (!lower.endsWith('.xlsx')) throw new UnreadableFile('fileType');
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  } catch {
    throw new UnreadableFile('unreadable');
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) return [];
  const rows: string[][] = [];
  sheet.eachRow({ includeEmpty: false }, (row) => {
    const values: string[] = [];
    for (let c = 1; c <= row.cellCount; c++) values.push(cellText(row.getCell(c).value).trim());
    rows.push(values);
  });
  return rows;
}

/** A roster template in the format the importer expects. */
export async function rosterTemplate(): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('干部名册');
  sheet.addRow(['姓名', '单位', '职务', '职级', '简介']);
  sheet.addRow(['示例姓名', '春晖街道/桂香里社区', '社区居委会主任', '科级', '']);
  sheet.columns.forEach((c) => (c.width = 22));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
