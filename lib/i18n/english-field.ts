import { z } from 'zod';

/** An optional English version of something staff type in Chinese: blank means none (stored as null). */
export const englishText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, 'field.tooLong')
    .optional()
    .transform((v) => v || null);
