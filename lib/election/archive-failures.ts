import type { VerifyFailure } from '@/lib/belenios/verify';

const plainChecks = ['ballot', 'tally', 'decryption', 'result', 'setup', 'chain', 'fileHash', 'layout'];
const setupChecks = ['credentials', 'electionKey', 'trustees'];
const ballotChecks: Record<string, string> = {
  'ballot.badSignature': 'ballotSignature',
  'ballot.badIndividualProof': 'ballotProof',
  'ballot.badOverallProof': 'ballotProof',
  'ballot.badPoint': 'ballotProof',
  'ballot.unknownCredential': 'ballotCredential',
  'ballot.revote': 'ballotTwice',
  'ballot.duplicate': 'ballotTwice',
};

/** A failure's check (`ballot.badOverallProof`, `chain`, …) → the catalog key of its plain words. */
export function failureKind(check: string): string {
  const head = check.split('.')[0]!;
  if (plainChecks.includes(head)) return head;
  return setupChecks.includes(head) ? 'setup' : 'other';
}

/**
 * What a reader is told about one failure: which ballot (by the tracker the voter holds) or which
 * guardian it is about, and what is wrong, as a key under `archiveCheck.items` with its values; a
 * failure about neither falls back to the kind of check under `archiveCheck.checks`.
 */
export function describeFailure(f: VerifyFailure): { key: string; values: Record<string, string | number> } {
  const ballot = ballotChecks[f.check] ?? (f.check.startsWith('ballot.') ? 'ballotOther' : undefined);
  if (ballot && f.tracker) return { key: `items.${ballot}`, values: { tracker: f.tracker } };
  if (f.check === 'decryption.proof' && f.trustee) return { key: 'items.decryptionProof', values: { guardian: f.trustee } };
  if (f.check === 'decryption.duplicate' && f.trustee) return { key: 'items.decryptionTwice', values: { guardian: f.trustee } };
  return { key: `checks.${failureKind(f.check)}`, values: {} };
}
