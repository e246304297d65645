/**
 * Rewrites an archive the way a dishonest operator would: change one file, then recompute every
 * file name, every hash that refers to it and the whole event chain, so that only the
 * cryptographic checks can notice. Used by the tests (ours and sirona's verifier) and drills.
 */
import { concatBytes, tarRecord } from './archive';
import { readArchive } from './archive-read';
import { sha256Hex } from './hash';
import type { EventType } from './types';

export type Role = 'header' | 'event' | 'election' | 'trustees' | 'credentials' | 'setup_data' | 'ballot' | 'encrypted_tally' | 'sized_encrypted_tally' | 'partial_decryption' | 'owned' | 'result';
/** `original` is the text as read, so references to it can be renamed after `text` is edited. */
export type EditableRecord = { role: Role; text: string; original: string; eventType?: EventType };

const ROLES: Partial<Record<EventType, Role[]>> = {
  Setup: ['election', 'trustees', 'credentials', 'setup_data'],
  Ballot: ['ballot'],
  EncryptedTally: ['encrypted_tally', 'sized_encrypted_tally'],
  PartialDecryption: ['partial_decryption', 'owned'],
  Result: ['result'],
};

/** The records of an archive in Belenios' canonical layout, each with what it is. */
export async function editableRecords(bytes: Uint8Array): Promise<EditableRecord[]> {
  const out: EditableRecord[] = [];
  let pending: EditableRecord[] = [];
  for await (const r of readArchive(bytes)) {
    if (r.kind === 'header') out.push({ role: 'header', text: r.text, original: r.text });
    else if (r.kind === 'data') pending.push({ role: 'ballot', text: r.text, original: r.text });
    else {
      const type = (JSON.parse(r.text) as { type: EventType }).type;
      const roles = ROLES[type] ?? [];
      pending.forEach((p, i) => (p.role = roles[i] ?? 'ballot'));
      out.push(...pending, { role: 'event', text: r.text, original: r.text, eventType: type });
      pending = [];
    }
  }
  return out;
}

/** Re-hash every record after edits, fixing references and (unless told not to) the chain. */
export function rebuildArchive(records: EditableRecord[], timestamp: number, fixChain = true): Uint8Array {
  const renamed = new Map<string, string>();
  let parent: string | undefined;
  let height = 0;
  const parts: Uint8Array[] = [];
  const utf8 = new TextEncoder();
  for (const r of records) {
    if (r.role === 'header') {
      parts.push(tarRecord('BELENIOS', utf8.encode(r.text), timestamp));
      continue;
    }
    let text = r.text.replace(/"([0-9a-f]{64})"/g, (m, h: string) => (renamed.has(h) ? `"${renamed.get(h)}"` : m));
    if (r.role === 'event' && fixChain) {
      const e = JSON.parse(text) as { parent?: string; height: number; type: string; payload?: string };
      text = JSON.stringify({ parent, height, type: e.type, payload: e.payload });
    }
    const oldHash = sha256Hex(r.original);
    const hash = sha256Hex(text);
    renamed.set(oldHash, hash);
    if (r.role === 'event') {
      parent = hash;
      height++;
    }
    parts.push(tarRecord(`${hash}.${r.role === 'event' ? 'event' : 'data'}.json`, utf8.encode(text), timestamp));
  }
  return concatBytes(parts);
}

/** Edit the n-th record of a role (0-based) with `edit`, then rebuild. */
export async function tamper(bytes: Uint8Array, role: Role, n: number, edit: (text: string) => string): Promise<Uint8Array> {
  const records = await editableRecords(bytes);
  const target = records.filter((r) => r.role === role)[n];
  if (!target) throw new Error(`no ${role} number ${n}`);
  target.text = edit(target.text);
  const header = JSON.parse(records[0]!.text) as { timestamp: string | number };
  return rebuildArchive(records, Number(header.timestamp));
}
