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
import { seedEncryptedPast, writeDemoKeyFiles } from '../db/seed/encrypted';
import { enableSodium } from '../lib/belenios/group-sodium';
import { seedRequests } from '../db/seed/requests';
import { ensureCategories } from '../lib/requests/categories';
import { seedInspections } from '../db/seed/inspections';
import { seedSurveys } from '../db/seed/surveys';
import { seedAssessment } from '../db/seed/assessment';
import { seedProjects } from '../db/seed/projects';
import { formatCode } from '../lib/selection/codes';
import { hashPassword } from '../lib/auth/password';
import { databasePath, env } from '../lib/env';

/**
 * A secret from the environment, else one generated once and kept beside the database (0600, never
 * in git), so every worker process and every restart uses the same one.
 */
function ensureSecret(dbFile: string, variable: 'AUTH_SECRET' | 'NEXT_SERVER_ACTIONS_ENCRYPTION_KEY', fileName: string): string {
  const given = env()[variable];
  if (given) return given;
  const file = path.join(path.dirname(dbFile), fileName);
  if (!fs.existsSync(file)) {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, crypto.randomBytes(32).toString(variable === 'AUTH_SECRET' ? 'base64url' : 'base64'), { mode: 0o600 });
  }
  return fs.readFileSync(file, 'utf8').trim();
}

/** AUTH_SECRET: signs sessions. */
export function ensureAuthSecret(dbFile: string): string {
  return ensureSecret(dbFile, 'AUTH_SECRET', '.auth-secret');
}

/**
 * NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: encrypts what server actions carry to the browser. Shared, so a
 * page served by one worker can post its action to another, and a rebuild keeps open forms working.
 */
export function ensureActionsKey(dbFile: string): string {
  return ensureSecret(dbFile, 'NEXT_SERVER_ACTIONS_ENCRYPTION_KEY', '.server-actions-key');
}

export type DemoCodeKind = 'ballot' | 'survey' | 'review' | 'proposal' | 'rating' | 'project-ballot';
export const demoCodesFile = (dbFile: string, kind: DemoCodeKind) => path.join(path.dirname(dbFile), `demo-${kind}-codes.txt`);

/** Demo codes of one kind, for the start banner (the ballot file starts with the selection's year). */
export function readDemoCodes(dbFile: string, kind: DemoCodeKind): string[] {
  const f = demoCodesFile(dbFile, kind);
  if (!fs.existsSync(f)) return [];
  const lines = fs.readFileSync(f, 'utf8').trim().split('\n').filter(Boolean);
  return kind === 'ballot' ? lines.slice(1) : lines;
}

function writeDemoFile(name: string, lines: string[]) {
  fs.writeFileSync(name, `${lines.join('\n')}\n`, { mode: 0o600 });
}

export async function prepareDatabase(): Promise<{ file: string; seeded: boolean; secret: string; actionsKey: string }> {
  const file = databasePath();
  const secret = ensureAuthSecret(file);
  const actionsKey = ensureActionsKey(file);
  const database = openDatabase(file);
  applyMigrations(database);
  const seeded = isEmpty(database);
  // Request categories are reference data every district needs, demo or not; existing ones are kept.
  ensureCategories(database);
  if (seeded) {
    await seedDemo(database, hashPassword);
    // Demo ballots are encrypted and proved here, as voters' devices would: libsodium makes that 4–5× faster.
    await enableSodium();
    const keyDir = path.join(path.dirname(file), 'demo');
    const thisYear = new Date().getFullYear();
    await seedHistory(database, thisYear);
    await seedEncryptedPast(database, thisYear - 3, keyDir);
    const mode = env().DEMO_VOTE_MODE;
    const { year, demoCodes } = await seedSelection(database, new Date(), { mode, keyDir });
    seedRequests(database, new Date());
    const { demoCodes: surveyCodes } = seedSurveys(database, new Date());
    const { demoReviewCodes } = seedInspections(database, new Date());
    // Codes are stored only hashed; these files beside the database are the one place the demo ones remain.
    // Encrypted selections' codes (Belenios credentials) come with their dashes already.
    writeDemoFile(demoCodesFile(file, 'ballot'), [String(year), ...(mode === 'plain' ? demoCodes.map(formatCode) : demoCodes)]);
    writeDemoFile(demoCodesFile(file, 'survey'), surveyCodes.map(formatCode));
    writeDemoFile(demoCodesFile(file, 'review'), demoReviewCodes.map(formatCode));
    const { proposalCodes, ratingCodes, callBallot } = await seedProjects(database, new Date());
    // The street call's residents' vote: codes (Belenios credentials, with dashes) and its guardians' demo key files.
    writeDemoFile(demoCodesFile(file, 'project-ballot'), callBallot.codes);
    writeDemoKeyFiles(keyDir, `call-${callBallot.callId}`, callBallot.keyFiles);
    writeDemoFile(demoCodesFile(file, 'proposal'), proposalCodes.map(formatCode));
    writeDemoFile(demoCodesFile(file, 'rating'), ratingCodes.map(formatCode));
    // After requests / night talks, surveys / ratings and inspections / reviews: it scores what they made.
    await seedAssessment(database, new Date().getFullYear());
  }
  database.$client.close();
  return { file, seeded, secret, actionsKey };
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
