/** Tiny argument helpers shared by the CLI commands. */
import fs from 'node:fs';

export function flags(args: string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (let i = 0; i < args.length; i++) {
    const key = args[i]!;
    if (!key.startsWith('--')) continue;
    const next = args[i + 1];
    if (next === undefined || next.startsWith('--')) out[key.slice(2)] = 'true';
    else out[key.slice(2)] = args[++i]!;
  }
  return out;
}

export class UsageError extends Error {}

export function need(f: Record<string, string>, name: string): string {
  const v = f[name];
  if (!v || v === 'true') throw new UsageError(`--${name} is required.`);
  return v;
}

export function readText(file: string): string {
  if (!fs.existsSync(file)) throw new UsageError(`No such file: ${file}`);
  return fs.readFileSync(file, 'utf8').replace(/\n$/, '');
}

export const readJson = <T>(file: string): T => JSON.parse(readText(file)) as T;

/** Secrets (key files, private codes) are written 0600. */
export function writeSecret(file: string, text: string) {
  fs.writeFileSync(file, text, { mode: 0o600 });
  fs.chmodSync(file, 0o600);
}

export const writeText = (file: string, text: string) => fs.writeFileSync(file, text.endsWith('\n') ? text : `${text}\n`);
