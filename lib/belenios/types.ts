/**
 * The Belenios 2.5 JSON structures (spec §4, src/lib/core/serializable.atd, src/lib/v1/serializable.atd,
 * src/lib/question/question_h.atd at tag 2.5), field order as written there. Group elements and
 * numbers stay strings here; proofs decode them when they check.
 */
import { Q } from './group';
import {
  array,
  bool,
  FormatError,
  int,
  literal,
  object,
  oneOf,
  optional,
  pattern,
  text,
  variant,
  type Codec,
} from './json';

export const B58 = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';

export const pointStr = pattern(/^[0-9a-f]{64}$/, 'a group element (64 hex digits)');
export const hashHex = pattern(/^[0-9a-f]{64}$/, 'a SHA-256 hash in hex');
export const uuidStr = pattern(/^[1-9A-HJ-NP-Za-km-z]{14,}$/, 'a Base58 uuid of 14+ characters');
export const scalarStr: Codec<string> = {
  parse(v, path) {
    if (typeof v !== 'string' || !/^(0|[1-9][0-9]{0,77})$/.test(v) || BigInt(v) >= Q)
      throw new FormatError(path, 'expected a number mod q in base 10');
    return v;
  },
  write: (v) => v,
};

export type Proof = { challenge: string; response: string };
export const proofCodec: Codec<Proof> = object({ challenge: scalarStr, response: scalarStr });
export type Ciphertext = { alpha: string; beta: string };
export const ciphertextCodec: Codec<Ciphertext> = object({ alpha: pointStr, beta: pointStr });

export const questionCodec: Codec<Question> = object({
  answers: array(text),
  blank: optional(bool),
  min: int,
  max: int,
  question: text,
});
export type Question = { answers: string[]; blank?: boolean; min: number; max: number; question: string };

export const electionCodec: Codec<Election> = object({
  version: literal(1),
  description: text,
  name: text,
  group: literal('Ed25519'),
  public_key: pointStr,
  questions: array(questionCodec),
  uuid: uuidStr,
  administrator: optional(text),
  credential_authority: optional(text),
});
export type Election = {
  version: 1;
  description: string;
  name: string;
  group: 'Ed25519';
  public_key: string;
  questions: Question[];
  uuid: string;
  administrator?: string;
  credential_authority?: string;
};

export const answerCodec: Codec<Answer> = object({
  choices: array(ciphertextCodec),
  individual_proofs: array(array(proofCodec)),
  overall_proof: array(proofCodec),
  blank_proof: optional(array(proofCodec)),
});
export type Answer = {
  choices: Ciphertext[];
  individual_proofs: Proof[][];
  overall_proof: Proof[];
  blank_proof?: Proof[];
};

export const signatureCodec = object({ hash: text, proof: proofCodec });
export const ballotCodec: Codec<Ballot> = object({
  election_uuid: uuidStr,
  election_hash: text,
  credential: pointStr,
  answers: array(answerCodec),
  signature: optional(signatureCodec),
});
export type Ballot = {
  election_uuid: string;
  election_hash: string;
  credential: string;
  answers: Answer[];
  signature?: { hash: string; proof: Proof };
};

// ---- trustees (spec §4.5–4.7)

export const trusteePublicKeyCodec: Codec<TrusteePublicKey> = object({ pok: proofCodec, public_key: pointStr, name: optional(text) });
export type TrusteePublicKey = { pok: Proof; public_key: string; name?: string };
export const signedMsgCodec: Codec<SignedMsg> = object({ message: text, signature: proofCodec });
export type SignedMsg = { message: string; signature: Proof };
export const certKeysCodec = object({ verification: pointStr, encryption: pointStr });
export const channelMsgCodec = object({ recipient: pointStr, message: text });
export const encryptedMsgCodec = object({ alpha: pointStr, beta: pointStr, data: pattern(/^[0-9a-f]*$/, 'hex') });
export const rawPolynomialCodec = object({ polynomial: array(scalarStr) });
export const rawCoefexpsCodec = object({ coefexps: array(pointStr) });
export const secretCodec = object({ secret: scalarStr });
export const partialDecryptionKeyCodec = object({ decryption_key: scalarStr });

export const polynomialCodec: Codec<Polynomial> = object({ polynomial: text, secrets: array(text), coefexps: signedMsgCodec });
export type Polynomial = { polynomial: string; secrets: string[]; coefexps: SignedMsg };
export const vinputCodec: Codec<Vinput> = object({ polynomial: text, secrets: array(text), coefexps: array(signedMsgCodec) });
export type Vinput = { polynomial: string; secrets: string[]; coefexps: SignedMsg[] };
export const voutputCodec: Codec<Voutput> = object({ private_key: text, public_key: trusteePublicKeyCodec });
export type Voutput = { private_key: string; public_key: TrusteePublicKey };

export const thresholdParametersCodec: Codec<ThresholdParameters> = object({
  threshold: int,
  certs: array(signedMsgCodec),
  coefexps: array(signedMsgCodec),
  verification_keys: array(trusteePublicKeyCodec),
});
export type ThresholdParameters = {
  threshold: number;
  certs: SignedMsg[];
  coefexps: SignedMsg[];
  verification_keys: TrusteePublicKey[];
};
export type TrusteeKind = ['Single', TrusteePublicKey] | ['Pedersen', ThresholdParameters];
export const trusteeKindCodec = oneOf<TrusteeKind>(
  variant('Single', trusteePublicKeyCodec) as Codec<TrusteeKind>,
  variant('Pedersen', thresholdParametersCodec) as Codec<TrusteeKind>,
);
export const trusteesCodec = array(trusteeKindCodec);

export const publicCredentialsCodec = array(text);

// ---- tally, decryption, result (spec §4.12–4.15)

export const encryptedTallyCodec = array(array(ciphertextCodec));
export type EncryptedTally = Ciphertext[][];
export const sizedEncryptedTallyCodec: Codec<SizedEncryptedTally> = object({ num_tallied: int, total_weight: int, encrypted_tally: hashHex });
export type SizedEncryptedTally = { num_tallied: number; total_weight: number; encrypted_tally: string };
export const partialDecryptionCodec: Codec<PartialDecryption> = object({
  decryption_factors: array(array(pointStr)),
  decryption_proofs: array(array(proofCodec)),
});
export type PartialDecryption = { decryption_factors: string[][]; decryption_proofs: Proof[][] };
export const ownedCodec: Codec<Owned> = object({ owner: int, payload: hashHex });
export type Owned = { owner: number; payload: string };
export const resultCodec: Codec<ElectionResult> = object({ result: array(array(int)) });
export type ElectionResult = { result: number[][] };

// ---- archive (spec §4.3)

export const EVENT_TYPES = [
  'Setup',
  'Ballot',
  'EndBallots',
  'EncryptedTally',
  'Shuffle',
  'EndShuffles',
  'PartialDecryption',
  'Result',
] as const;
export type EventType = (typeof EVENT_TYPES)[number];
export const eventTypeCodec = oneOf<EventType>(...EVENT_TYPES.map((t) => literal(t)));
export const eventCodec: Codec<BelEvent> = object({
  parent: optional(hashHex),
  height: int,
  type: eventTypeCodec,
  payload: optional(hashHex),
});
export type BelEvent = { parent?: string; height: number; type: EventType; payload?: string };
export const setupDataCodec: Codec<SetupData> = object({ election: hashHex, trustees: hashHex, credentials: hashHex });
export type SetupData = { election: string; trustees: string; credentials: string };
/** Belenios writes the timestamp as a string of seconds (archive.ml new_header); it reads both. */
export const headerCodec: Codec<ArchiveHeader> = object({ version: literal(1), timestamp: oneOf<string | number>(text, int) });
export type ArchiveHeader = { version: 1; timestamp: string | number };
