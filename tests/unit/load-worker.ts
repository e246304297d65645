// Casts every code in a JSON file against a database file, one transaction each (see backup.test.ts).
import fs from 'node:fs';
import { openDatabase } from '../../db';
import { castBallot } from '../../lib/selection/cast';

const [file, year, codesFile, candidate] = process.argv.slice(2);
const database = openDatabase(file!);
const codes = JSON.parse(fs.readFileSync(codesFile!, 'utf8')) as string[];
let ok = 0;
for (const code of codes)
  if (castBallot(database, { year: Number(year), code, candidateIds: [Number(candidate)] }, new Date('2026-12-10T12:00:00+08:00')).ok) ok++;
process.stdout.write(String(ok));
