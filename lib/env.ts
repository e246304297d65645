import path from 'node:path';
import { z } from 'zod';

const schema = z.object({
  DATABASE_URL: z.string().default('file:./data/minping.db'),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  AUTH_SECRET: z.string().min(32).optional(),
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
});

export type Env = z.infer<typeof schema>;

export function readEnv(source: NodeJS.ProcessEnv = process.env): Env {
  return schema.parse(source);
}

/** The SQLite file behind DATABASE_URL ("file:./data/x.db" or a plain path). */
export function databasePath(url = readEnv().DATABASE_URL): string {
  const file = url.startsWith('file:') ? url.slice('file:'.length) : url;
  return path.resolve(file);
}
