import { createHash } from 'node:crypto';

export { generateCode, normalizeCode, formatCode } from '@/lib/selection/codes';

/** Survey codes share the ballot codes' alphabet and length, with their own hash domain. */
export const hashSurveyCode = (surveyId: number, code: string) =>
  createHash('sha256').update(`minping:survey-code:${surveyId}:${code}`).digest('hex');
