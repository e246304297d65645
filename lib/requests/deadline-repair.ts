import { eq } from 'drizzle-orm';
import type { Db } from '@/db';
import { requestCategories, requests } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record';
import { deadlinesFor } from './deadlines';

/**
 * Recomputes every request's deadlines from its filing time and its category with the current
 * working-day calendar, for requests filed before the calendar knew a year's holidays and make-up
 * days. On-time figures follow, since they compare with the stored deadlines. One transaction,
 * one audit row with the count; running it twice changes nothing the second time.
 */
export function recomputeDeadlines(database: Db, actor: { id: number | null; username: string }): { checked: number; changed: number } {
  return database.transaction(
    (tx) => {
      const days = new Map(
        tx
          .select()
          .from(requestCategories)
          .all()
          .map((c) => [c.id, c]),
      );
      let checked = 0;
      let changed = 0;
      for (const r of tx
        .select({
          id: requests.id,
          categoryId: requests.categoryId,
          createdAt: requests.createdAt,
          respondBy: requests.respondBy,
          resolveBy: requests.resolveBy,
        })
        .from(requests)
        .all()) {
        checked++;
        const due = deadlinesFor(r.createdAt, days.get(r.categoryId)!);
        if (due.respondBy.getTime() === r.respondBy.getTime() && due.resolveBy.getTime() === r.resolveBy.getTime()) continue;
        tx.update(requests).set(due).where(eq(requests.id, r.id)).run();
        changed++;
      }
      recordAudit(tx, actor.id === null ? null : { id: actor.id, username: actor.username }, {
        action: 'requests.recomputeDeadlines',
        entity: 'request',
        after: { checked, changed },
      });
      return { checked, changed };
    },
    { behavior: 'immediate' },
  );
}
