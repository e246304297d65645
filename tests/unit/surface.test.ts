import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { AnyActionDef } from '@/lib/action/core';
import { allActions, registeredDefs } from '@/lib/commands';

/**
 * Every server action and route handler is a door into the system. This test finds them in the
 * source itself: each server action and each writing route handler must be one of the pipeline's
 * adapters over a registered action (so the authorization matrix covers it); read-only routes are
 * listed with their access rule. A new door that is neither fails the suite.
 */
const readRoutes: Record<string, string> = {
  'app/api/auth/[...nextauth]/route.ts#GET': 'Auth.js session and CSRF token',
  'app/api/health/route.ts#GET': 'public',
  'app/api/v1/ping/route.ts#GET': 'public',
  'app/api/v1/openapi.json/route.ts#GET': 'public',
  'app/api/v1/requests/route.ts#GET': 'public: categories and communities',
  'app/api/v1/requests/route.ts#OPTIONS': 'CORS preflight',
  'app/api/v1/requests/[number]/route.ts#GET': 'public status and history, no personal data',
  'app/api/v1/requests/[number]/route.ts#OPTIONS': 'CORS preflight',
  'app/api/v1/selections/route.ts#GET': 'public, no counts',
  'app/api/v1/selections/[year]/route.ts#GET': 'public, no counts',
  'app/api/v1/selections/[year]/results/route.ts#GET': 'public after publication',
  'app/api/v1/selections/[year]/ballots/route.ts#GET': 'public after publication',
  'app/api/v1/selections/[year]/receipts/route.ts#GET': 'public after publication',
  'app/api/v1/selections/[year]/tally/route.ts#GET': 'public after publication',
  'app/api/v1/selections/[year]/chart.svg/route.ts#GET': 'public after publication',
  'app/api/v1/selections/[year]/ballot-box/route.ts#GET': 'public from the first vote: trackers and where sealed, no counts',
  'app/api/v1/selections/[year]/archive.bel/route.ts#GET':
    'public from the sealed setup on; no choice in it, decryptions after publication',
  'app/api/v1/communities/route.ts#GET': 'public, published ratings only',
  'app/api/v1/communities/[id]/ratings/route.ts#GET': 'public, published ratings only',
  'app/api/v1/surveys/[id]/sample/route.ts#GET': 'public after the draw; hashes only, seed after reveal',
  'app/api/staff/roster/template/route.ts#GET': 'requirePermission(officials.import)',
  'app/api/v1/assessment/[year]/route.ts#GET': 'public: only the items organizers published',
  'app/api/staff/assessment/[id]/export/route.ts#GET': 'requirePermission(scores.read) + unit scope in the query',
  'app/api/v1/projects/route.ts#GET': 'public: adopted projects',
  'app/api/v1/projects/[id]/route.ts#GET': 'public: one project, shown comments only',
  'app/api/v1/projects/milestones/route.ts#GET': 'public',
  'app/api/v1/projects/ratings/route.ts#GET': 'public: counts per score, no link to households',
  'app/api/v1/projects/photos/[id]/route.ts#GET': 'public: photos of progress reports, random ids',
  'app/api/v1/projects/calls/[id]/archive.bel/route.ts#GET':
    "public from the sealed setup on: a call's residents' vote, no choice in it, decryptions after the decision",
  'app/api/v1/project-calls/route.ts#GET': 'public: calls once opened, no counts',
  'app/api/v1/project-calls/[id]/route.ts#GET': 'public: proposals and screening; counts only once decided',
  'app/api/v1/project-calls/[id]/votes/route.ts#GET': "public after the decision: each deputy's vote by name",
};

function files(dir: string, match: (f: string) => boolean): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? files(p, match) : match(p) ? [p] : [];
  });
}

const read = (f: string) => fs.readFileSync(f, 'utf8');
const resolveImport = (from: string, spec: string) => {
  const base = spec.startsWith('@/') ? spec.slice(2) : path.join(path.dirname(from), spec);
  return [`${base}.ts`, path.join(base, 'index.ts')].find((f) => fs.existsSync(f))!;
};

/** Where a module's local name comes from: `import { commands as outcomes } from './x'` → ['./x', 'commands']. */
function importOf(text: string, local: string): [string, string] | undefined {
  for (const [, names, source] of text.matchAll(/import \{([^}]+)\} from '([^']+)'/g)) {
    for (const spec of names!.split(',').map((n) => n.trim())) {
      const [imported, alias] = spec.replace(/^type /, '').split(/\s+as\s+/);
      if ((alias ?? imported) === local) return [source!, imported!];
    }
  }
  return undefined;
}

/** The registered definition an adapter call names: `publicAction(commands.enterCode` → the object itself. */
async function defNamed(file: string, text: string, ref: string): Promise<AnyActionDef | undefined> {
  const [object, member] = ref.split('.') as [string, string | undefined];
  const found = importOf(text, object);
  if (!found) return undefined;
  const mod = (await import(path.resolve(resolveImport(file, found[0])))) as Record<string, Record<string, AnyActionDef> | AnyActionDef>;
  const value = mod[found[1]];
  return member ? (value as Record<string, AnyActionDef> | undefined)?.[member] : (value as AnyActionDef);
}

describe('every door goes through the pipeline', () => {
  const serverModules = files('lib', (f) => f.endsWith('.ts') && !f.endsWith('.test.ts')).filter((f) => /^'use server';/.test(read(f)));

  it('finds the server action modules', () => {
    expect(serverModules.length).toBeGreaterThan(15);
  });

  it('every export of a server action module is an adapter over a registered action', async () => {
    const offences: string[] = [];
    let adapters = 0;
    for (const file of serverModules) {
      const text = read(file);
      for (const [, name] of text.matchAll(/^export (?:async function|function|const|let|var) (\w+)/gm)) {
        const adapter = new RegExp(`^export const ${name} = (?:staffAction|publicAction|formAction)\\(\\s*([\\w.]+)`, 'm').exec(text);
        const def = adapter ? await defNamed(file, text, adapter[1]!) : undefined;
        if (!def || !registeredDefs.has(def)) offences.push(`${file}#${name}`);
        else adapters++;
      }
    }
    expect(offences).toEqual([]);
    expect(adapters).toBeGreaterThan(60);
  });

  it('a server action module exports nothing the check above cannot follow (re-exports, default exports)', () => {
    // `export { x }`, `export * from` and `export default` would be server actions the adapter check never sees.
    const hidden = serverModules.flatMap((file) =>
      [...read(file).matchAll(/^export (?!type\b)(?:\{|\*|default\b).*$/gm)].map((m) => `${file}: ${m[0]}`),
    );
    expect(hidden).toEqual([]);
  });

  const routeFiles = files('app', (f) => f.endsWith('route.ts'));
  const methodsOf = (text: string) =>
    [
      ...[...text.matchAll(/^export (?:async function|function|const) (GET|POST|PUT|PATCH|DELETE|OPTIONS)\b/gm)].map((m) => m[1]!),
      ...[...text.matchAll(/^export \{ ([^}]+) \} from/gm)].flatMap((m) => m[1]!.split(',').map((s) => s.trim())),
    ].filter((m) => /^(GET|POST|PUT|PATCH|DELETE|OPTIONS)$/.test(m));

  it('every writing route handler is a routeAction over a registered action', async () => {
    const offences: string[] = [];
    let writers = 0;
    for (const file of routeFiles) {
      for (const method of methodsOf(read(file)).filter((m) => !['GET', 'OPTIONS'].includes(m))) {
        // Follow the export to the module that defines it (route files re-export from lib/).
        const text = read(file);
        const local = new RegExp(`^export const ${method} = (\\w+);`, 'm').exec(text)?.[1];
        const imported = local ? importOf(text, local) : undefined;
        const reexport = new RegExp(`export \\{[^}]*\\b${method}\\b[^}]*\\} from '([^']+)'`).exec(text);
        const source = imported ? resolveImport(file, imported[0]) : reexport ? resolveImport(file, reexport[1]!) : file;
        const exported = imported ? imported[1] : method;
        const sourceText = read(source);
        const adapter = new RegExp(`export const ${exported} = routeAction\\(([\\w.]+)`).exec(sourceText);
        const def = adapter ? await defNamed(source, sourceText, adapter[1]!) : undefined;
        if (!def || !registeredDefs.has(def)) offences.push(`${file}#${method}`);
        else writers++;
      }
    }
    expect(offences).toEqual([]);
    expect(writers).toBe(6);
  });

  it('every other route handler is a read listed here with its access rule', () => {
    const found = routeFiles.flatMap((file) =>
      methodsOf(read(file))
        .filter((m) => ['GET', 'OPTIONS'].includes(m))
        .map((m) => `${file}#${m}`),
    );
    expect(found.sort()).toEqual(Object.keys(readRoutes).sort());
  });

  it('the check does catch an unregistered action', async () => {
    const file = 'lib/__probe-actions.ts';
    fs.writeFileSync(file, "import { commands } from './kiosks/commands';\nexport const x = 1;\n");
    try {
      const text = read(file);
      expect(await defNamed(file, text, 'commands.issueKiosk')).toBe(allActions['kiosk.issue']);
      expect(await defNamed(file, text, 'commands.nothing')).toBeUndefined();
    } finally {
      fs.rmSync(file);
    }
  });

  it('a staff actions file importing several command groups is checked member by member, in the group it names', async () => {
    // lib/projects/actions.ts is such a file; the earlier check matched only `commands.x` and passed it unread.
    const file = 'lib/__probe-groups-actions.ts';
    fs.writeFileSync(
      file,
      "import { commands as call } from './projects/call-commands';\nimport { commands as supervision } from './projects/supervision-commands';\n",
    );
    try {
      const text = read(file);
      expect(await defNamed(file, text, 'call.saveCall')).toBe(allActions['projects.callSave']);
      expect(await defNamed(file, text, 'supervision.moderate')).toBe(allActions['projects.moderate']);
      expect(await defNamed(file, text, 'call.moderate')).toBeUndefined();
    } finally {
      fs.rmSync(file);
    }
    const actions = read('lib/projects/actions.ts');
    const exported = [...actions.matchAll(/^export const (\w+) = staffAction\(\s*([\w.]+)/gm)];
    expect(exported.length).toBe([...actions.matchAll(/^export /gm)].length);
    const defs = await Promise.all(exported.map((m) => defNamed('lib/projects/actions.ts', actions, m[2]!)));
    expect(defs.every((d) => d !== undefined && registeredDefs.has(d))).toBe(true);
    expect(new Set(defs.map((d) => d!.name)).size).toBe(exported.length);
  });
});
