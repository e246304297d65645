import { z } from 'zod';
import { isIsoDay } from '@/lib/district-time';
import { contactName, contactPhone, description } from '@/lib/requests/schemas';
import { MAX_ROWS, rowFilled, slotRows } from './rows';

const list = (value: unknown): string[] => (Array.isArray(value) ? value.map(String) : value == null ? [] : [String(value)]);

/**
 * Officials present come as one box each (`official.12`), for the same reason as the rows.
 * A plain HTML form sends the requests heard as slot fields (`req.0.description`…; it works without
 * JavaScript); rows left blank are dropped, so errors name a row by its place among the filled ones.
 * Structured input (tests, scripts) may pass `requests` directly.
 */
function fromForm(raw: unknown) {
  if (!raw || typeof raw !== 'object') return raw;
  const r = raw as Record<string, unknown>;
  const ticked = Object.keys(r).flatMap((k) => /^official\.(\d+)$/.exec(k)?.[1] ?? []);
  return {
    ...r,
    officialIds: r.officialIds ?? [...list(r['officialIds[]']), ...ticked],
    requests: r.requests ?? slotRows(r).filter(rowFilled),
  };
}

const heard = z.object({
  category: z.string().trim().min(1, 'field.required').max(40, 'field.invalid'),
  description,
  contactName,
  contactPhone,
});

export const recordNightTalkSchema = z.preprocess(
  fromForm,
  z.object({
    communityId: z.coerce.number('field.required').int('field.required').positive('field.required'),
    // A real calendar day: Date.parse alone lets 2026-02-30 through (as 2 March).
    heldOn: z.string('field.required').refine(isIsoDay, 'field.date'),
    place: z.string().trim().max(100, 'field.tooLong').default(''),
    residentsMet: z.coerce.number('field.number').int('field.number').min(0, 'field.number').max(1000, 'field.tooBig'),
    notes: z.string().trim().max(2000, 'field.tooLong').default(''),
    officialIds: z.array(z.coerce.number().int().positive()).min(1, 'field.required').max(30, 'field.tooBig'),
    requests: z.array(heard).max(MAX_ROWS, 'field.tooBig'),
  }),
);
