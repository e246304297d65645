import { auditLog } from '@/db/schema';
import type { Actor } from '@/lib/auth/permissions';
import type { Tx } from '@/db/tx';

export type AuditInput = {
  action: string;
  entity: string;
  entityId?: string | number | null;
  unitId?: number | null;
  before?: unknown;
  after?: unknown;
};

/** Called inside the write's own transaction, so a change and its audit row commit or roll back together. */
export function recordAudit(tx: Tx, actor: Pick<Actor, 'id' | 'username'> | null, entry: AuditInput) {
  tx.insert(auditLog)
    .values({
      actorId: actor?.id ?? null,
      actorName: actor?.username ?? 'system',
      action: entry.action,
      entity: entry.entity,
      entityId: entry.entityId == null ? null : String(entry.entityId),
      unitId: entry.unitId ?? null,
      before: entry.before ?? null,
      after: entry.after ?? null,
    })
    .run();
}
