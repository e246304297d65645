import 'server-only';
import { cookies } from 'next/headers';

// The code typed at step 1 waits in the attendee's own browser (httpOnly, 30 minutes) until the
// form is sent; the server keeps nothing that ties a form to a code.
const COOKIE = 'mp_review';
export const REVIEW_MINUTES = 30;
const options = { httpOnly: true, sameSite: 'strict' as const, path: '/review', maxAge: REVIEW_MINUTES * 60 };

export async function getReviewCode(): Promise<string | null> {
  const value = (await cookies()).get(COOKIE)?.value;
  return value && value.length <= 20 ? value : null;
}

export async function saveReviewCode(code: string) {
  (await cookies()).set(COOKIE, code, options);
}

export async function forgetReviewCode() {
  (await cookies()).delete({ name: COOKIE, path: '/review' });
}
