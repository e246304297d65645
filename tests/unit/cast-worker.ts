// A separate process casting the same code many times against one database file (see cast-race.test.ts).
import { openDatabase } from '../../db';
import { castBallot } from '../../lib/selection/cast';

const [file, year, code, candidate, times, startAt] = process.argv.slice(2);
const database = openDatabase(file!);
const outcomes: string[] = [];
// Both processes wait for the same instant, so their casts really overlap.
while (Date.now() < Number(startAt)) {
  /* spin */
}
for (let i = 0; i < Number(times); i++) {
  try {
    const result = castBallot(
      database,
      { year: Number(year), code: code!, candidateIds: [Number(candidate)] },
      new Date('2026-12-10T12:00:00+08:00'),
    );
    outcomes.push(result.ok ? 'ok' : result.reason);
  } catch (error) {
    outcomes.push(`error:${error instanceof Error ? error.message : String(error)}`);
  }
}
process.stdout.write(JSON.stringify(outcomes));
