import { inspectionOfficials, inspections, recommendations, type InspectionMethod } from '@/db/schema';
import type { Tx } from '@/db/tx';
import type { RatedOfficial } from './rules';

export type NewInspection = {
  siteId: number;
  methods: InspectionMethod[];
  startsOn: string;
  endsOn: string;
  findings: string;
  officials: RatedOfficial[];
  recommendations: string[];
  recordedBy: number;
};

/** One inspection with its ratings and recommendations; the command and the demo seed both write through this. */
export function insertInspection(tx: Tx, input: NewInspection, at?: Date) {
  const row = tx
    .insert(inspections)
    .values({
      siteId: input.siteId,
      methods: input.methods,
      startsOn: input.startsOn,
      endsOn: input.endsOn,
      findings: input.findings,
      recordedBy: input.recordedBy,
      ...(at && { createdAt: at }),
    })
    .returning()
    .get();
  for (const o of input.officials)
    tx.insert(inspectionOfficials)
      .values({ inspectionId: row.id, ...o })
      .run();
  for (const text of input.recommendations)
    tx.insert(recommendations)
      .values({ inspectionId: row.id, text, ...(at && { updatedAt: at }) })
      .run();
  return row;
}
