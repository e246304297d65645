import { z } from 'zod';
import { contactName, contactPhone, description } from '@/lib/requests/schemas';

const list = (value: unknown): string[] => (Array.isArray(value) ? value.map(String) : value == null ? [] : [String(value)]);

/**
 * A plain HTML form sends the requests heard as parallel `req*[]` lists (it works without JavaScript);
 * rows left blank are dropped. Structured input (tests, scripts) may pass `requests` directly.
 */
function fromForm(raw: unknown) {
  if (!raw || typeof raw !== 'object') return raw;
  const r = raw as Record<string, unknown>;
  const descriptions = list(r['reqDescription[]']);
  const [categories, names, phones] = ['reqCategory[]', 'reqContactName[]', 'reqContactPhone[]'].map((k) => list(r[k]));
  const rows = descriptions
    .map((d, i) => ({ category: categories![i] ?? '', description: d, contactName: names![i] ?? '', contactPhone: phones![i] ?? '' }))
    .filter((row) => row.description.trim() || row.contactName.trim() || row.contactPhone.trim());
  return { ...r, officialIds: r.officialIds ?? list(r['officialIds[]']), requests: r.requests ?? rows };
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
    heldOn: z
      .string('field.required')
      .regex(/^\d{4}-\d{2}-\d{2}$/, 'field.date')
      .refine((v) => !Number.isNaN(Date.parse(`${v}T00:00:00+08:00`)), 'field.date'),
    place: z.string().trim().max(100, 'field.tooLong').default(''),
    residentsMet: z.coerce.number('field.number').int('field.number').min(0, 'field.number').max(1000, 'field.tooBig'),
    notes: z.string().trim().max(2000, 'field.tooLong').default(''),
    officialIds: z.array(z.coerce.number().int().positive()).min(1, 'field.required').max(30, 'field.tooBig'),
    requests: z.array(heard).max(20, 'field.tooBig'),
  }),
);
