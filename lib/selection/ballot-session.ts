import 'server-only';
import { cookies } from 'next/headers';
import { cookieName, unsealStep, type CodeValue } from '@/lib/one-time-code';

// The ballot in progress lives only in the voter's own browser (the one-time-code step's sealed
// cookie, 30 minutes), never on the server: nothing stored can link the code to the choices.
export type BallotInProgress = CodeValue<'ballot'>;

export async function getBallot(): Promise<BallotInProgress | null> {
  return unsealStep('ballot', (await cookies()).get(cookieName('ballot'))?.value);
}

export async function getReceipt(): Promise<CodeValue<'receipt'> | null> {
  return unsealStep('receipt', (await cookies()).get(cookieName('receipt'))?.value);
}
