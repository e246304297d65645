/**
 * The guardians' key ceremony as the server sees it (Belenios 2.5 threshold setup, spec §4.8): which
 * step each guardian is at, and the check of every message a guardian uploads. Pure: the rows come
 * from the caller, nothing here touches the database. The guardians' secrets never come here.
 */
import { checkCert } from '@/lib/belenios/pki';
import { decode, encode, FormatError } from '@/lib/belenios/json';
import { assembleThresholdParameters, checkPolynomial, checkVoutput, computeVinputs } from '@/lib/belenios/trustee-pedersen';
import { combineTrusteeKeys } from '@/lib/belenios/trustees';
import {
  partialDecryptionCodec,
  polynomialCodec,
  signedMsgCodec,
  trusteesCodec,
  voutputCodec,
  type PartialDecryption,
  type Polynomial,
  type SignedMsg,
  type TrusteeKind,
  type Vinput,
  type Voutput,
} from '@/lib/belenios/types';
import type { ElectionPhase } from '@/lib/enums';

export type GuardianRow = {
  position: number;
  cert: string | null;
  polynomial: string | null;
  voutput: string | null;
  partialDecryption: string | null;
};

export const guardianSteps = ['cert', 'polynomial', 'voutput', 'decryption'] as const;
export type GuardianStep = (typeof guardianSteps)[number];
/** What a guardian's page shows: a step to do now, or why there is nothing to do yet. */
export type GuardianTodo = GuardianStep | 'waitOthers' | 'waitVoting' | 'done';

const all = (rows: GuardianRow[], key: keyof GuardianRow) => rows.every((r) => r[key] !== null);

/** The step guardian `me` should take now. */
export function guardianTodo(phase: ElectionPhase, rows: GuardianRow[], me: GuardianRow): GuardianTodo {
  if (phase === 'keys') {
    if (!me.cert) return 'cert';
    if (!all(rows, 'cert')) return 'waitOthers';
    if (!me.polynomial) return 'polynomial';
    if (!all(rows, 'polynomial')) return 'waitOthers';
    return me.voutput ? 'waitOthers' : 'voutput';
  }
  if (phase === 'closed') return me.partialDecryption ? 'waitOthers' : 'decryption';
  return phase === 'decrypted' ? 'done' : 'waitVoting';
}

const byPosition = (rows: GuardianRow[]) => [...rows].sort((a, b) => a.position - b.position);

/** Γ: every guardian's certificate in guardian order (only once all are in). */
export const certsOf = (rows: GuardianRow[]): SignedMsg[] => byPosition(rows).map((r) => decode(signedMsgCodec, r.cert!, 'cert'));
const polynomialsOf = (rows: GuardianRow[]): Polynomial[] =>
  byPosition(rows).map((r) => decode(polynomialCodec, r.polynomial!, 'polynomial'));

/** The vinput the server routes to guardian `position` (its shares, encrypted to it, and everyone's commitments). */
export function vinputFor(rows: GuardianRow[], position: number): Vinput {
  return computeVinputs(certsOf(rows), polynomialsOf(rows))[position - 1]!;
}

export type UploadCheck = { ok: true; stored: string } | { ok: false; reason: 'badFormat' | 'badProof' | 'duplicate' | 'wrongStep' };

/** Reads a guardian's upload: the browser's message, or the file the CLI wrote (any JSON spacing). */
function parse<T>(codec: Parameters<typeof decode<T>>[0], raw: string, what: string): T | null {
  try {
    return decode(codec, raw, what, false);
  } catch (e) {
    if (e instanceof FormatError) return null;
    throw e;
  }
}

/** Checks one ceremony upload of guardian `position` against what the others have sent so far. */
export function checkCeremonyUpload(
  step: Exclude<GuardianStep, 'decryption'>,
  raw: string,
  rows: GuardianRow[],
  position: number,
  threshold: number,
): UploadCheck {
  const me = rows.find((r) => r.position === position)!;
  if (guardianTodo('keys', rows, me) !== step) return { ok: false, reason: 'wrongStep' };
  if (step === 'cert') {
    const cert = parse(signedMsgCodec, raw, 'cert');
    if (!cert) return { ok: false, reason: 'badFormat' };
    if (!checkCert(cert)) return { ok: false, reason: 'badProof' };
    const stored = encode(signedMsgCodec, cert);
    return rows.some((r) => r.cert === stored) ? { ok: false, reason: 'duplicate' } : { ok: true, stored };
  }
  const certs = certsOf(rows);
  if (step === 'polynomial') {
    const p = parse(polynomialCodec, raw, 'polynomial');
    if (!p) return { ok: false, reason: 'badFormat' };
    return checkPolynomial(certs, position - 1, p, threshold)
      ? { ok: true, stored: encode(polynomialCodec, p) }
      : { ok: false, reason: 'badProof' };
  }
  const vo = parse(voutputCodec, raw, 'voutput');
  if (!vo) return { ok: false, reason: 'badFormat' };
  return checkVoutput(certs, polynomialsOf(rows), position - 1, vo)
    ? { ok: true, stored: encode(voutputCodec, vo) }
    : { ok: false, reason: 'badProof' };
}

/** Once every voutput is in: the trustees structure (exactly as hashed) and the election key. */
export function assembleTrustees(rows: GuardianRow[]): { trusteesRaw: string; trustees: TrusteeKind[]; publicKey: string } {
  const voutputs: Voutput[] = byPosition(rows).map((r) => decode(voutputCodec, r.voutput!, 'voutput'));
  const trustees: TrusteeKind[] = [['Pedersen', assembleThresholdParameters(certsOf(rows), polynomialsOf(rows), voutputs)]];
  return { trustees, trusteesRaw: encode(trusteesCodec, trustees), publicKey: combineTrusteeKeys(trustees) };
}

/** A partial decryption as uploaded (browser or CLI file), or null when it is not one. */
export const parsePartialDecryption = (raw: string): PartialDecryption | null => parse(partialDecryptionCodec, raw, 'partial_decryption');
