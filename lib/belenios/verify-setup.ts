/** Setup checks of the verifier (spec §3.5.1, tool_election.ml verify at tag 2.5). */
import { parsePublicCredentials, type CredentialList } from './credentials';
import { loadElection, type ElectionContext } from './election';
import { decode } from './json';
import { checkTrustees, combineTrusteeKeys } from './trustees';
import { publicCredentialsCodec, trusteesCodec, type TrusteeKind } from './types';

export type VerifiedSetup = {
  ctx: ElectionContext;
  trustees: TrusteeKind[];
  credentials: CredentialList;
  credentialsRaw: string[];
};

export type SetupOutcome = { ok: true; setup: VerifiedSetup } | { ok: false; check: string; detail: string };

const problem = (check: string, e: unknown): SetupOutcome => ({
  ok: false,
  check,
  detail: e instanceof Error ? e.message : String(e),
});

/** Election, trustees and public credentials as published in the Setup event. */
export function verifySetup(electionRaw: string, trusteesRaw: string, credentialsRaw: string): SetupOutcome {
  let ctx: ElectionContext;
  try {
    ctx = loadElection(electionRaw);
  } catch (e) {
    return problem('election', e);
  }
  let trustees: TrusteeKind[];
  try {
    trustees = decode(trusteesCodec, trusteesRaw, 'trustees');
  } catch (e) {
    return problem('trustees', e);
  }
  const trusteeProblem = checkTrustees(trustees);
  if (trusteeProblem) return { ok: false, check: 'trustees', detail: trusteeProblem };
  try {
    if (combineTrusteeKeys(trustees) !== ctx.election.public_key)
      return { ok: false, check: 'electionKey', detail: 'the election public key is not the product of the trustees’ keys' };
  } catch (e) {
    return problem('trustees', e);
  }
  let lines: string[];
  try {
    lines = decode(publicCredentialsCodec, credentialsRaw, 'public_credentials');
  } catch (e) {
    return problem('credentials', e);
  }
  const parsed = parsePublicCredentials(lines);
  if (!parsed.ok) return { ok: false, check: 'credentials', detail: parsed.reason };
  return { ok: true, setup: { ctx, trustees, credentials: parsed.list, credentialsRaw: lines } };
}
