/**
 * Makes the database ready: secret, migrations, demo data on an empty database.
 * Used by `npm start`, `npm run dev` and the end-to-end tests.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { openDatabase } from '../db';
import { applyMigrations } from '../db/migrate';
import { isEmpty, seedDemo } from '../db/seed/demo';
import { seedHistory } from '../db/seed/history';
import { seedSelection } from '../db/seed/selection';
import { seedRequests } from '../db/seed/requests';
import { ensureCategories } from '../lib/requests/categories';
import { seedInspections } from '../db/seed/inspections';
import { seedSurveys } from '../db/seed/surveys';
import { seedAssessment } from '../db/seed/assessment';
import { formatCode } from '../lib/selection/codes';
import { hashPassword } from '../lib/auth/password';
import { databasePath } from '../lib/env';

/** AUTH_SECRET from the environment, else one generated once and kept beside the database (never in git). */
export function ensureAuthSecret(dbFile: string): string {
  if (process.env.AUTH_SECRET) return process.env.AUTH_SECRET;
  const file = path.join(path.dirname(dbFile), '.auth-secret');
  if (!fs.existsSync(file)) {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, crypto.randomBytes(32).toString('base64url'), { mode: 0o600 });
  }
  return fs.readFileSync(file, 'utf8').trim();
}

export const demoCodesFile = (dbFile: string) => path.join(path.dirname(dbFile), 'demo-ballot-codes.txt');

/** Demo ballot codes not yet used, for the start banner. */
export function readDemoCodes(dbFile: string): string[] {
  const f = demoCodesFile(dbFile);
  return fs.existsSync(f) ? fs.readFileSync(f, 'utf8').trim().split('\n').slice(1) : [];
}

function writeDemoFile(name: string, lines: string[]) {
  fs.writeFileSync(name, `${lines.join('\n')}\n`, { mode: 0o600 });
}

export async function prepareDatabase(): Promise<{ file: string; seeded: boolean; secret: string }> {
  const file = databasePath();
  const secret = ensureAuthSecret(file);
  const database = openDatabase(file);
  applyMigrations(database);
  const seeded = isEmpty(database);
  // Request categories are reference data every district needs, demo or not; existing ones are kept.
  ensureCategories(database);
  if (seeded) {
    await seedDemo(database, hashPassword);
    await seedHistory(database, new Date().getFullYear());
    const { year, demoCodes } = await seedSelection(database, new Date());
    seedRequests(database, new Date());
    const { demoCodes: surveyCodes } = seedSurveys(database, new Date());
    const { demoReviewCodes } = seedInspections(database, new Date());
    // Codes are stored only hashed; these files beside the database are the one place the demo ones remain.
    writeDemoFile(demoCodesFile(file), [String(year), ...demoCodes.map(formatCode)]);
    writeDemoFile(path.join(path.dirname(file), 'demo-survey-codes.txt'), surveyCodes.map(formatCode));
    writeDemoFile(path.join(path.dirname(file), 'demo-review-codes.txt'), demoReviewCodes.map(formatCode));
    // After requests / night talks, surveys / ratings and inspections / reviews: it scores what they made.
    await seedAssessment(database, new Date().getFullYear());
  }
  database.$client.close();
  return { file, seeded, secret };
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(__filename)) {
  prepareDatabase().then(
    ({ file, seeded }) => console.log(`database ready: ${file}${seeded ? ' (demo district seeded)' : ''}`),
    (error) => {
      console.error(error);
      process.exit(1);
    },
  );
}
