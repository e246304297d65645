/**
 * The election structure (spec §4.10) for Minping's one homomorphic question "choose min..max of
 * the candidates" (no blank), and its fingerprint φ = Base64(SHA-256(raw election)).
 * Built by the server once the trustees' key is known; read by everyone (voters, guardians, verifier).
 */
import { group, parsePoint, randomBytes, type Backend, type Point } from './group';
import { sha256B64, sha256Hex } from './hash';
import { decode, encode, FormatError } from './json';
import { B58, electionCodec, setupDataCodec, type Election } from './types';

export type ElectionInput = {
  uuid: string;
  name: string;
  description: string;
  /** The candidates' names, in ballot order. */
  candidates: string[];
  question: string;
  min: number;
  max: number;
  /** The election public key y, from combineTrusteeKeys(). */
  publicKey: string;
  administrator?: string;
  credentialAuthority?: string;
};

/** Everything derived from one raw election that ballots, proofs and the verifier need. */
export type ElectionContext = {
  raw: string;
  election: Election;
  /** φ: the election fingerprint, also `election_hash` in ballots. */
  fingerprint: string;
  /** SHA-256 hex of the raw election, as setup_data refers to it. */
  hash: string;
  y: Point;
};

/** A fresh election uuid: 14 Base58 characters, as Belenios generates them (82 bits). */
export function generateUuid(length = 14): string {
  let out = '';
  while (out.length < length) for (const b of randomBytes(32)) if (b < 232 && out.length < length) out += B58[b % 58];
  return out;
}

// Control characters and lone surrogates are where JSON.stringify and yojson could disagree.
const plain = (s: string) => !/[\u0000-\u001f\u007f]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/.test(s);

export function makeElection(input: ElectionInput): string {
  const texts = [input.name, input.description, input.question, ...input.candidates];
  if (!texts.every(plain)) throw new FormatError('election', 'text contains control characters');
  const n = input.candidates.length;
  if (n < 1 || !(0 <= input.min && input.min <= input.max && input.max <= n))
    throw new FormatError('election', 'need 0 <= min <= max <= number of candidates');
  if (!parsePoint(input.publicKey)) throw new FormatError('election.public_key', 'not a group element');
  const election: Election = {
    version: 1,
    description: input.description,
    name: input.name,
    group: 'Ed25519',
    public_key: input.publicKey,
    questions: [{ answers: input.candidates, min: input.min, max: input.max, question: input.question }],
    uuid: input.uuid,
    administrator: input.administrator,
    credential_authority: input.credentialAuthority,
  };
  const raw = encode(electionCodec, election);
  decode(electionCodec, raw, 'election'); // validates the uuid and every field
  return raw;
}

/** Parse and check a raw election (canonical JSON, Ed25519, homomorphic questions without blank). */
export function loadElection(raw: string): ElectionContext {
  const election = decode(electionCodec, raw, 'election');
  const y = parsePoint(election.public_key);
  if (!y) throw new FormatError('election.public_key', 'not a group element');
  for (const [i, q] of election.questions.entries()) {
    if (q.blank) throw new FormatError(`election.questions[${i}]`, 'blank votes are not supported');
    if (!(0 <= q.min && q.min <= q.max && q.max <= q.answers.length))
      throw new FormatError(`election.questions[${i}]`, 'bad min/max');
  }
  // Points belong to a backend: decode y again if the thread switches backend (enableSodium) later.
  const ys = new Map<Backend, Point>([[group(), group().fixedBase(y)]]);
  return {
    raw,
    election,
    fingerprint: sha256B64(raw),
    hash: sha256Hex(raw),
    get y() {
      let p = ys.get(group());
      if (!p) ys.set(group(), (p = group().fixedBase(parsePoint(election.public_key)!)));
      return p;
    },
  };
}

/** setup_data: the hashes of the election, trustees and public credentials files. */
export const makeSetupData = (electionRaw: string, trusteesRaw: string, credentialsRaw: string): string =>
  encode(setupDataCodec, {
    election: sha256Hex(electionRaw),
    trustees: sha256Hex(trusteesRaw),
    credentials: sha256Hex(credentialsRaw),
  });
