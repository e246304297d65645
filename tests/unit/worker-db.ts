import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

// Runs before each test file, before any module opens the database (db() opens lazily).
const file = path.resolve(`data/test/worker-${process.env.VITEST_POOL_ID ?? '0'}-${crypto.randomUUID()}.db`);
fs.copyFileSync(path.resolve('data/test/template.db'), file);
process.env.DATABASE_URL = `file:${file}`;
