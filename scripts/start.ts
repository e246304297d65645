/**
 * `npm start`: migrate and seed the database, build when the sources changed since the last build,
 * then serve with `next start`. A second start reuses both the build and the data.
 */
import { spawn, spawnSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { DEMO_PASSWORD, demoAccounts } from '../db/seed/demo';
import { readEnv } from '../lib/env';
import { demoCodesFile, prepareDatabase, readDemoCodes, type DemoCodeKind } from './prepare-db';

const root = process.cwd();
const NEXT = path.join(root, 'node_modules', 'next', 'dist', 'bin', 'next');
const STAMP = path.join(root, '.next', 'minping-source-hash');
const SOURCES = [
  'app',
  'lib',
  'components',
  'db',
  'public',
  'proxy.ts',
  'next.config.js',
  'package-lock.json',
  'tsconfig.json',
  'postcss.config.mjs',
];

function sourceHash(): string {
  const hash = crypto.createHash('sha256');
  const visit = (p: string) => {
    if (!fs.existsSync(p)) return;
    const stat = fs.statSync(p);
    if (stat.isDirectory()) {
      for (const entry of fs.readdirSync(p).sort()) if (!entry.endsWith('.test.ts')) visit(path.join(p, entry));
    } else {
      hash.update(path.relative(root, p)).update(fs.readFileSync(p));
    }
  };
  SOURCES.forEach((s) => visit(path.join(root, s)));
  return hash.digest('hex');
}

export function buildIfNeeded() {
  const current = sourceHash();
  const built = fs.existsSync(STAMP) ? fs.readFileSync(STAMP, 'utf8') : '';
  if (built === current && fs.existsSync(path.join(root, '.next', 'BUILD_ID'))) return;
  console.log('Building Minping (first start or sources changed)…');
  const result = spawnSync(process.execPath, [NEXT, 'build'], { stdio: 'inherit', env: process.env });
  if (result.status !== 0) process.exit(result.status ?? 1);
  fs.writeFileSync(STAMP, current);
}

async function main() {
  const env = readEnv();
  const { file, seeded, secret } = await prepareDatabase();
  buildIfNeeded();
  const port = String(env.PORT);
  // Same process group as this script: whoever stops the group (a terminal, a test runner) stops
  // next-server too, and signals sent to this script alone are passed on.
  const server = spawn(process.execPath, [NEXT, 'start', '-p', port], {
    stdio: 'inherit',
    env: { ...process.env, AUTH_SECRET: secret, AUTH_TRUST_HOST: 'true', NEXT_TELEMETRY_DISABLED: '1' },
  });
  const stop = (signal: NodeJS.Signals) => {
    if (server.exitCode === null) server.kill(signal);
  };
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(signal, () => stop(signal));
  server.on('exit', (code) => process.exit(code ?? 0));

  console.log(`\n民评 Minping is running at http://localhost:${port}`);
  if (env.PUBLIC_URL !== `http://localhost:${port}`) console.log(`Public address (slips, QR codes): ${env.PUBLIC_URL}`);
  console.log(`Database: ${file}${seeded ? ' (demo district seeded)' : ''}`);
  console.log(`Demo staff accounts (password for all: ${DEMO_PASSWORD}):`);
  for (const a of demoAccounts) console.log(`  ${a.username.padEnd(10)} ${a.role.padEnd(11)} ${a.displayName}`);
  const demo: { kind: DemoCodeKind; label: string; where: string }[] = [
    { kind: 'ballot', label: 'Demo ballot codes', where: `vote at ${env.PUBLIC_URL}/vote` },
    { kind: 'survey', label: 'Demo survey codes', where: `answer at ${env.PUBLIC_URL}/survey` },
    { kind: 'review', label: 'Demo review-form codes', where: `fill in at ${env.PUBLIC_URL}/review` },
  ];
  for (const { kind, label, where } of demo) {
    const codes = readDemoCodes(file, kind);
    if (codes.length === 0) continue;
    console.log(`${label} (each works once; ${where}; all ${codes.length} in ${path.relative(root, demoCodesFile(file, kind))}):`);
    console.log(`  ${codes.slice(0, 3).join('  ')}`);
  }
  console.log('More ballot codes: npm run cli -- codes issue --selection <year> --community <id> --count 10 --out codes.csv');
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(__filename)) {
  main().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
