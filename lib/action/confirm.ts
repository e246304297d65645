import { z } from 'zod';

/**
 * The field an irreversible command insists on: the confirmation step's form sends `confirmed=yes`
 * after naming the consequence. A POST that skips the step (a stale form, a script) changes nothing.
 */
export const confirmation = z.literal('yes', 'field.confirmRequired');

/** A reason an organizer writes for an act others will audit (ending a vote early, withdrawing an outcome). */
export const auditedReason = z.string('field.reasonNeeded').trim().min(5, 'field.reasonNeeded').max(500, 'field.tooLong');
