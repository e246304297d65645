import path from 'node:path';
import { z } from 'zod';

const schema = z
  .object({
    DATABASE_URL: z.string().default('file:./data/minping.db'),
    PORT: z.coerce.number().int().min(1).max(65535).default(3000),
    AUTH_SECRET: z.string().min(32).optional(),
    NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
    // The address residents reach the portal at: printed on ballot slips and encoded in their QR codes.
    PUBLIC_URL: z.url({ protocol: /^https?$/ }).optional(),
  })
  .transform((env) => ({ ...env, PUBLIC_URL: (env.PUBLIC_URL ?? `http://localhost:${env.PORT}`).replace(/\/+$/, '') }));

export type Env = z.infer<typeof schema>;

export function readEnv(source: Record<string, string | undefined> = process.env): Env {
  return schema.parse(source);
}

/** The SQLite file behind DATABASE_URL ("file:./data/x.db" or a plain path). */
export function databasePath(url = readEnv().DATABASE_URL): string {
  const file = url.startsWith('file:') ? url.slice('file:'.length) : url;
  return path.resolve(file);
}

/** The configured public address (PUBLIC_URL, default http://localhost:$PORT), without a trailing slash. */
export function publicUrl(source: Record<string, string | undefined> = process.env): string {
  return readEnv(source).PUBLIC_URL;
}
