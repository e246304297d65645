// The one CSV writer: the open-data routes and the files staff download in the browser.
const cell = (v: unknown) => {
  let s = v == null ? '' : String(v);
  // Text a resident typed (a nominee's name, say) must open in Excel as text, never as a formula.
  if (typeof v === 'string' && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

/** UTF-8 with a BOM, so Excel opens Chinese correctly. */
export function csv(header: string[], rows: unknown[][]): string {
  return `\uFEFF${[header, ...rows].map((r) => r.map(cell).join(',')).join('\r\n')}\r\n`;
}

/** Offers a CSV file to the browser's user as a download (client components only). */
export function downloadCsv(fileName: string, header: string[], rows: unknown[][]) {
  const a = document.createElement('a');
  a.href = URL.createObjectURL(new Blob([csv(header, rows)], { type: 'text/csv;charset=utf-8' }));
  a.download = fileName;
  a.click();
  URL.revokeObjectURL(a.href);
}
