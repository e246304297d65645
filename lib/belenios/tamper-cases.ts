/** The alterations both verifiers (ours and sirona) must reject, shared by their tests. */
import { signBallot } from './ballot';
import { credentialSecret } from './credentials';
import { group, mod, parsePoint, pointToString, scalarToString } from './group';
import type { Simulation } from './simulate';
import { tamper } from './tamper';
import type { Ballot, PartialDecryption } from './types';

const bump = (s: string) => scalarToString(mod(BigInt(s) + 1n));

export type Case = { name: string; ours: string; bytes: Promise<Uint8Array> };

export function tamperCases(sim: Simulation, bytes: Uint8Array): Case[] {
  const uuid = sim.ctx.election.uuid;
  const resign = (n: number, edit: (b: Ballot) => void) => (text: string) => {
    const b = JSON.parse(text) as Ballot;
    edit(b);
    return signBallot(b, credentialSecret(uuid, sim.privateCredentials[n]!));
  };
  return [
    {
      // the operator swaps two choices of ballot 3 (votes move between candidates) and cannot re-sign
      name: 'one ballot altered',
      ours: 'ballot.badSignature',
      bytes: tamper(bytes, 'ballot', 3, (t) => {
        const b = JSON.parse(t) as Ballot;
        b.answers[0]!.choices.reverse();
        return JSON.stringify(b);
      }),
    },
    {
      // a voter (who holds the credential) submits a ballot whose overall proof is wrong
      name: 'one proof altered',
      ours: 'ballot.badOverallProof',
      bytes: tamper(bytes, 'ballot', 5, resign(5, (b) => (b.answers[0]!.overall_proof[0]!.response = bump(b.answers[0]!.overall_proof[0]!.response)))),
    },
    {
      // one decryption factor of guardian 3 is replaced by another group element
      name: 'one partial decryption altered',
      ours: 'decryption.proof',
      bytes: tamper(bytes, 'partial_decryption', 1, (t) => {
        const pd = JSON.parse(t) as PartialDecryption;
        const G = group();
        pd.decryption_factors[0]![2] = pointToString(G.add(parsePoint(pd.decryption_factors[0]![2])!, G.g));
        return JSON.stringify(pd);
      }),
    },
  ];
}
