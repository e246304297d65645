import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { labelledFields } from '@/app/[locale]/[display]/(staff)/staff/assessment/cycle-fields';
import zh from '@/lib/i18n/messages/areas/assessment.zh-CN.json';
import * as schemas from './schemas';

// Hidden inputs the page fills itself: a person never types them, so they need no label.
const hidden = new Set(['id', 'cycleId', 'indicatorId', 'vetoItemId', 'confirmed']);
const shapeOf = (schema: z.ZodType): Record<string, unknown> => {
  const def = (schema as unknown as { def: { type: string; shape?: Record<string, unknown>; in?: z.ZodType; left?: z.ZodType } }).def;
  if (def.shape) return def.shape;
  if (def.left) return shapeOf(def.left);
  return def.in ? shapeOf(def.in) : {};
};

describe('assessment form errors are listed under translated field names', () => {
  it('every field a person fills in has a label in the catalog', () => {
    const typed = [
      schemas.cycleSchema,
      schemas.indicatorSchema,
      schemas.vetoItemSchema,
      schemas.vetoSchema,
      schemas.manualScoreSchema,
      schemas.outcomeSchema,
      schemas.withdrawOutcomeSchema,
      schemas.publishSchema,
    ]
      .flatMap((s) => Object.keys(shapeOf(s)))
      .filter((k) => !hidden.has(k));
    const labelled = new Set<string>(labelledFields);
    expect(typed.filter((k) => !labelled.has(k))).toEqual([]);
    const fields = (zh as { assessment: { fields: Record<string, string> } }).assessment.fields;
    for (const k of labelledFields) expect(fields[k.replace('[]', '')], k).toBeTruthy();
  });
});
