import { createHmac } from 'node:crypto';

/**
 * Household identifiers (e.g. "3号楼2门301") are few and guessable: a plain SHA-256 of one could be
 * reversed by hashing every address in a community. A keyed HMAC-SHA-256 with a district secret that
 * never leaves the server cannot: the public register of hashes reveals nothing about who lives where,
 * yet stays stable, so the sample can be re-derived from it.
 */
export function hashHouseholdId(key: string, identifier: string): string {
  return createHmac('sha256', key).update(normalizeIdentifier(identifier), 'utf8').digest('hex');
}

/** Full-width digits and spaces are how the same address is typed differently. */
export function normalizeIdentifier(identifier: string): string {
  return identifier.normalize('NFKC').replace(/\s+/g, '').toUpperCase();
}

export type RegisterCommunity = { id: number; name: string; street: string; path: string };
export type RegisterRow = { line: number; communityId: number; identifier: string; phone: string | null };
export type RegisterProblem = { line: number; column: string; problem: string; value?: string };

const headers: Record<string, 'community' | 'identifier' | 'phone'> = {
  社区: 'community',
  community: 'community',
  户号: 'identifier',
  住户编号: 'identifier',
  household: 'identifier',
  identifier: 'identifier',
  电话: 'phone',
  联系电话: 'phone',
  phone: 'phone',
};

const PHONE = /^[0-9+\-() ]{5,20}$/;

/** Checks a register table (header row first): every problem by line, so the import is all or nothing. */
export function checkRegister(
  table: string[][],
  communities: RegisterCommunity[],
  inScope: (path: string) => boolean,
): { rows: RegisterRow[]; errors: RegisterProblem[]; total: number } {
  const [header = [], ...body] = table;
  const col: Partial<Record<'community' | 'identifier' | 'phone', number>> = {};
  header.forEach((h, i) => {
    const key = headers[h.trim().toLowerCase()] ?? headers[h.trim()];
    if (key && col[key] === undefined) col[key] = i;
  });
  const errors: RegisterProblem[] = [];
  for (const key of ['community', 'identifier'] as const)
    if (col[key] === undefined) errors.push({ line: 1, column: key, problem: 'missingColumn' });
  if (errors.length) return { rows: [], errors, total: body.length };

  const byName = new Map<string, RegisterCommunity[]>();
  for (const c of communities) for (const name of [c.name, `${c.street}/${c.name}`]) byName.set(name, [...(byName.get(name) ?? []), c]);
  const rows: RegisterRow[] = [];
  const seen = new Map<string, number>();
  body.forEach((r, i) => {
    const line = i + 2;
    if (r.every((v) => !v.trim())) return;
    const cell = (k: keyof typeof col) => (col[k] === undefined ? '' : (r[col[k]!] ?? '').trim());
    const name = cell('community').replace(/\s*[／/]\s*/g, '/');
    const identifier = normalizeIdentifier(cell('identifier'));
    const phone = cell('phone');
    const before = errors.length;
    const matches = byName.get(name) ?? [];
    if (!name) errors.push({ line, column: 'community', problem: 'required' });
    else if (matches.length !== 1)
      errors.push({ line, column: 'community', problem: matches.length ? 'ambiguous' : 'unknown', value: name });
    else if (!inScope(matches[0]!.path)) errors.push({ line, column: 'community', problem: 'outOfScope', value: name });
    if (!identifier) errors.push({ line, column: 'identifier', problem: 'required' });
    else if (identifier.length > 60) errors.push({ line, column: 'identifier', problem: 'tooLong' });
    if (phone && !PHONE.test(phone)) errors.push({ line, column: 'phone', problem: 'phone', value: phone });
    if (errors.length > before) return;
    const key = `${matches[0]!.id}:${identifier}`;
    if (seen.has(key)) return void errors.push({ line, column: 'identifier', problem: 'duplicate', value: String(seen.get(key)) });
    seen.set(key, line);
    rows.push({ line, communityId: matches[0]!.id, identifier, phone: phone || null });
  });
  return { rows, errors, total: body.filter((r) => r.some((v) => v.trim())).length };
}
