// A separate process sending forms with the same review code many times (see lib/reviews/code-race.test.ts).
import { openDatabase } from '../../db';
import { submitOnline } from '../../lib/reviews/write';

const [file, code, times, startAt] = process.argv.slice(2);
const database = openDatabase(file!);
const grades = {
  morality: 'excellent',
  ability: 'competent',
  diligence: 'basic',
  achievement: 'competent',
  integrity: 'excellent',
} as const;
const outcomes: string[] = [];
// Both processes wait for the same instant, so their submissions really overlap.
while (Date.now() < Number(startAt)) {
  /* spin */
}
for (let i = 0; i < Number(times); i++) {
  try {
    const result = submitOnline(database, code!, grades, new Date());
    outcomes.push(result.ok ? 'ok' : result.reason);
  } catch (error) {
    outcomes.push(`error:${error instanceof Error ? error.message : String(error)}`);
  }
}
process.stdout.write(JSON.stringify(outcomes));
