/** XXXX-XXXX-XXXX, for slips and receipts (safe to import in the browser). */
export function formatCode(code: string): string {
  return code.match(/.{1,4}/g)?.join('-') ?? code;
}
