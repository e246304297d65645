/**
 * The credential authority, on its own machine:
 *   credentials generate --uuid U --count N --out-private codes.csv --out-public public.json [--base-url URL]
 * codes.csv (0600) holds the private codes for the slips, in slip order; public.json the sorted
 * public credentials to upload. Only public.json goes to the server.
 */
import { generateCredentials } from '../../lib/belenios/credentials';
import { enableSodium } from '../../lib/belenios/group-sodium';
import { encode } from '../../lib/belenios/json';
import { publicCredentialsCodec, uuidStr } from '../../lib/belenios/types';
import { flags, need, UsageError, writeSecret, writeText } from './args';

export const MAX_CREDENTIALS = 100_000;

export async function run(args: string[]): Promise<number> {
  const [sub, ...rest] = args;
  if (sub !== 'generate') throw new UsageError(`Unknown credentials command: ${sub ?? '(none)'}`);
  const f = flags(rest);
  const uuid = need(f, 'uuid');
  try {
    uuidStr.parse(uuid, 'uuid');
  } catch {
    throw new UsageError('--uuid must be the election uuid (14 or more Base58 characters).');
  }
  const count = Number(need(f, 'count'));
  if (!Number.isInteger(count) || count < 1 || count > MAX_CREDENTIALS)
    throw new UsageError(`--count must be a whole number from 1 to ${MAX_CREDENTIALS}.`);
  await enableSodium();
  const batch = generateCredentials(uuid, count);
  const base = f['base-url']?.replace(/\/$/, '');
  const rows = batch.privateCodes.map((c) => (base ? `${c},${base}/vote#${c}` : c));
  writeSecret(need(f, 'out-private'), `${[base ? 'code,url' : 'code', ...rows].join('\n')}\n`);
  writeText(need(f, 'out-public'), encode(publicCredentialsCodec, batch.publicCredentials));
  console.log(`${count} credentials for election ${uuid}: private codes → ${f['out-private']} (print, then destroy), public list → ${f['out-public']} (upload).`);
  return 0;
}
