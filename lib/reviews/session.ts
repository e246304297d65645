import 'server-only';
import { cookies } from 'next/headers';
import { cookieName, unsealStep } from '@/lib/one-time-code';

// The code typed at step 1 waits in the attendee's own browser (the one-time-code step's sealed
// cookie, 30 minutes) until the form is sent; the server keeps nothing that ties a form to a code.
export async function getReviewCode(): Promise<string | null> {
  return (await unsealStep('review', (await cookies()).get(cookieName('review'))?.value))?.code ?? null;
}
