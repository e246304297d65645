import 'server-only';
import { cookies } from 'next/headers';
import { z } from 'zod';
import { cookieSecret, seal, unseal } from '@/lib/sealed-cookie';

// The ballot in progress lives only in the voter's own browser (httpOnly cookies, 30 minutes),
// never on the server: nothing stored can link the code to the choices. The cookies are sealed, so a
// code reaches the ballot only through the code step, where wrong codes count against the address.
const BALLOT = 'mp_ballot';
const RECEIPT = 'mp_receipt';
export const BALLOT_MINUTES = 30;
const options = { httpOnly: true, sameSite: 'strict' as const, path: '/', maxAge: BALLOT_MINUTES * 60 };

const ballotShape = z.object({
  year: z.number().int(),
  code: z.string().max(40),
  choices: z.array(z.number().int().positive()).max(50).default([]),
});
const receiptShape = z.object({ year: z.number().int(), trackingCode: z.string().max(40) });

export type BallotInProgress = z.infer<typeof ballotShape>;

function read<T>(raw: string | undefined, shape: z.ZodType<T>): T | null {
  const parsed = shape.safeParse(unseal(raw, cookieSecret()));
  return parsed.success ? parsed.data : null;
}

export async function getBallot(): Promise<BallotInProgress | null> {
  return read((await cookies()).get(BALLOT)?.value, ballotShape);
}

export async function saveBallot(ballot: BallotInProgress) {
  (await cookies()).set(BALLOT, seal(ballot, cookieSecret()), options);
}

export async function getReceipt() {
  return read((await cookies()).get(RECEIPT)?.value, receiptShape);
}

/** After the commit: the code and choices are forgotten, only the receipt remains to be shown. */
export async function finishBallot(year: number, trackingCode: string) {
  const jar = await cookies();
  jar.delete(BALLOT);
  jar.set(RECEIPT, seal({ year, trackingCode }, cookieSecret()), { ...options, maxAge: 15 * 60 });
}
