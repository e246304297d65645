import { createHash } from 'node:crypto';

export { formatCode, generateCode, normalizeCode } from '@/lib/selection/codes';

/**
 * Review-form codes share the ballot codes' alphabet and length but not their hash space: a ballot
 * code typed here is simply unknown. The attendee does not know the meeting, so it is not hashed in.
 */
export const hashReviewCode = (code: string) => createHash('sha256').update(`minping:review-code:${code}`).digest('hex');
