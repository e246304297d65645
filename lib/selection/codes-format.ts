/** XXXX-XXXX-XXXX, for slips and receipts (safe to import in the browser). */
export function formatCode(code: string): string {
  return code.match(/.{1,4}/g)?.join('-') ?? code;
}

/** The address a ballot slip's QR code opens: the code is filled in, the resident only chooses. */
export function ballotUrl(publicUrl: string, code: string): string {
  return `${publicUrl}/vote?code=${code}`;
}
