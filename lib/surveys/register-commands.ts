import { and, eq, inArray, isNull } from 'drizzle-orm';
import { z } from 'zod';
import { households, surveyCodes, surveySamples, units } from '@/db/schema';
import type { Tx } from '@/db/tx';
import { ActionError, defineCommand } from '@/lib/action/core';
import { readTable, UnreadableFile } from '@/lib/officials/spreadsheet';
import { generateCode, hashSurveyCode } from './codes';
import { committedSurveys, getSurveyIn } from './draw';
import { checkRegister, hashHouseholdId, type RegisterCommunity } from './register';
import { householdKey } from './register-key';

const file = z.instanceof(File, { message: 'field.file' }).refine((f) => f.size > 0 && f.size <= 5 * 1024 * 1024, 'field.file');

async function tableOf(upload: File): Promise<string[][]> {
  try {
    return await readTable(new Uint8Array(await upload.arrayBuffer()), upload.name);
  } catch (error) {
    if (error instanceof UnreadableFile) throw new ActionError('errors.invalid', { file: ['field.file'] });
    throw error;
  }
}

function registerCommunities(tx: Tx): RegisterCommunity[] {
  const all = tx.select().from(units).all();
  const name = new Map(all.map((u) => [u.id, u.name]));
  return all
    .filter((u) => u.kind === 'community')
    .map((u) => ({ id: u.id, name: u.name, street: name.get(u.parentId ?? 0) ?? '', path: u.path }));
}

export const commands = {
  /** Without `confirm`: check and preview. With it: the same file, imported whole or not at all. */
  importRegister: defineCommand({
    name: 'survey.importRegister',
    scope: 'unit',
    permission: 'surveys.manage',
    schema: z.object({ file, confirm: z.enum(['yes']).optional() }),
    run: async ({ file: upload, confirm }, ctx) => {
      const table = await tableOf(upload);
      return ctx.write((tx, audit) => {
        const check = checkRegister(table, registerCommunities(tx), ctx.inScope);
        const key = householdKey();
        const hashed = check.rows.map((r) => ({ ...r, idHash: hashHouseholdId(key, r.identifier) }));
        const known = new Set(
          tx
            .select({ c: households.communityId, h: households.idHash })
            .from(households)
            .where(inArray(households.idHash, hashed.length ? hashed.map((r) => r.idHash) : ['']))
            .all()
            .map((r) => `${r.c}:${r.h}`),
        );
        const fresh = hashed.filter((r) => !known.has(`${r.communityId}:${r.idHash}`));
        const summary = {
          total: check.total,
          valid: check.rows.length,
          existing: hashed.length - fresh.length,
          errors: check.errors.slice(0, 200),
        };
        if (check.errors.length || !confirm) return { ...summary, imported: 0 };
        // Between a seed's commitment and its draw the register is frozen: the draw must see what was committed to.
        if (committedSurveys(tx) > 0) throw new ActionError('surveys.errors.registerFrozen');
        for (let i = 0; i < fresh.length; i += 500) {
          tx.insert(households)
            .values(fresh.slice(i, i + 500).map((r) => ({ communityId: r.communityId, idHash: r.idHash, phone: r.phone })))
            .run();
        }
        audit({ entity: 'households', after: { fileName: upload.name, imported: fresh.length, existing: summary.existing } });
        return { ...summary, imported: fresh.length };
      });
    },
  }),
  /**
   * Codes for the online questionnaire. The register keeps no identifiers, so the organizer uploads the
   * community's register file again: each sampled household in it without a code gets one, returned once
   * beside its identifier, for the slips. Only the codes' hashes are stored.
   */
  issueCodes: defineCommand({
    name: 'survey.issueCodes',
    scope: 'unit',
    permission: 'surveys.manage',
    schema: z.object({ surveyId: z.coerce.number('field.required').int().positive('field.required'), file }),
    run: async ({ surveyId, file: upload }, ctx) => {
      const table = await tableOf(upload);
      return ctx.write((tx, audit) => {
        const survey = getSurveyIn(tx, surveyId);
        if (survey.status !== 'drawn' && survey.status !== 'open') throw new ActionError('surveys.errors.notDrawn');
        const communities = registerCommunities(tx);
        const check = checkRegister(table, communities, ctx.inScope);
        if (check.errors.length) throw new ActionError('surveys.errors.registerErrors');
        const key = householdKey();
        const pending = new Map(
          tx
            .select({ householdId: surveySamples.householdId, communityId: surveySamples.communityId, idHash: households.idHash })
            .from(surveySamples)
            .innerJoin(households, eq(households.id, surveySamples.householdId))
            .leftJoin(surveyCodes, and(eq(surveyCodes.surveyId, surveyId), eq(surveyCodes.householdId, surveySamples.householdId)))
            .where(and(eq(surveySamples.surveyId, surveyId), isNull(surveyCodes.codeHash)))
            .all()
            .map((r) => [`${r.communityId}:${r.idHash}`, r.householdId]),
        );
        const name = new Map(communities.map((c) => [c.id, `${c.street}/${c.name}`]));
        const issued: { community: string; identifier: string; code: string }[] = [];
        for (const r of check.rows) {
          const householdId = pending.get(`${r.communityId}:${hashHouseholdId(key, r.identifier)}`);
          if (householdId === undefined) continue;
          const code = generateCode();
          tx.insert(surveyCodes)
            .values({ codeHash: hashSurveyCode(surveyId, code), surveyId, householdId })
            .run();
          issued.push({ community: name.get(r.communityId) ?? '', identifier: r.identifier, code });
        }
        audit({ entity: 'survey_codes', entityId: surveyId, after: { fileName: upload.name, issued: issued.length } });
        return { issued };
      });
    },
  }),
};
