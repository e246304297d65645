import type { Db } from '@/db';
import type { Tx } from '@/db/tx';
import { indicators, type IndicatorSource } from '@/db/schema';
import type { Normalization } from './scoring';

/** A sensible starting set (residents' share 50%), used by the demo seed and offered to copy. */
export const defaultIndicators: {
  code: string;
  name: string;
  weight: number;
  source: IndicatorSource;
  metric: string;
  normalization: Normalization;
}[] = [
  { code: 'survey', name: '群众满意度测评', weight: 30, source: 'residents_survey', metric: 'mean', normalization: { kind: 'identity' } },
  { code: 'review', name: '述职评议测评', weight: 20, source: 'residents_review', metric: 'score', normalization: { kind: 'identity' } },
  {
    code: 'inspection',
    name: '一线考察',
    weight: 20,
    source: 'inspection',
    metric: 'meanRating',
    normalization: { kind: 'linear', min: 1, max: 5 },
  },
  {
    code: 'requests_satisfaction',
    name: '诉求办理满意度',
    weight: 10,
    source: 'requests',
    metric: 'avgSatisfaction',
    normalization: { kind: 'linear', min: 1, max: 5 },
  },
  {
    code: 'requests_on_time',
    name: '诉求按时办结率',
    weight: 10,
    source: 'requests',
    metric: 'onTimeRate',
    normalization: { kind: 'identity' },
  },
  { code: 'selection', name: '十佳评选得票', weight: 5, source: 'selection', metric: 'share', normalization: { kind: 'rank' } },
  { code: 'organization', name: '组织评价', weight: 5, source: 'manual', metric: 'value', normalization: { kind: 'identity' } },
];

/** Gives a new cycle the default indicators, in order (the demo seed and the bench). */
export function insertDefaultIndicators(database: Db | Tx, cycleId: number) {
  database
    .insert(indicators)
    .values(defaultIndicators.map((i, position) => ({ ...i, cycleId, position })))
    .run();
}
