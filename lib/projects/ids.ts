/** A record id from the URL: a plain whole number, else 0 (which matches nothing), so junk paths read as not found. */
export const idParam = (raw: string) => (/^\d{1,9}$/.test(raw) ? Number(raw) : 0);
