import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { toXlsx } from './export';

describe('score export as .xlsx', () => {
  it('accepts a cycle name with characters a sheet name cannot hold and keeps the rows', async () => {
    for (const name of ['2025/2026 年度考核', "'季度:考核[一]*?'", 'History', '\\']) {
      const file = await toXlsx(name, ['排名'], [[1]]);
      const book = new ExcelJS.Workbook();
      await book.xlsx.load(file as unknown as ArrayBuffer);
      const sheet = book.worksheets[0]!;
      expect(sheet.name).not.toMatch(/[*?:/\\[\]]|^'|'$/);
      expect(sheet.getCell('A2').value).toBe(1);
    }
  });
});
