import { failureLimiter } from '@/lib/rate-limit';

// Wrong or used codes per address: 20 in 15 minutes, as for ballot codes; valid codes never count.
// Every place a code is checked counts: the entry step, the form page and the submission, since the
// code they read from the cookie can be any text the browser sends.
export const reviewCodeGuard = failureLimiter('review-code-ip', 20, 15 * 60);
