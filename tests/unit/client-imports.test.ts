import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * A 'use client' file ships to the browser with everything it imports. Walks the imports of every
 * client file (type-only imports are erased; a 'use server' module becomes a reference to an action,
 * so the walk stops there) and fails on anything that belongs to the server.
 */
const root = path.resolve('.');
const serverPackages =
  /^(node:|fs$|path$|crypto$|better-sqlite3|drizzle-orm|next\/headers|next-auth|@auth\/|pino|rate-limiter-flexible|iron-session|server-only)/;

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return e.name === 'node_modules' ? [] : sourceFiles(p);
    return /\.tsx?$/.test(e.name) && !e.name.endsWith('.test.ts') ? [p] : [];
  });
}

function resolveLocal(from: string, spec: string): string | null {
  const base = spec.startsWith('@/') ? path.join(root, spec.slice(2)) : path.resolve(path.dirname(from), spec);
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, path.join(base, 'index.ts'), path.join(base, 'index.tsx')]) {
    if (fs.existsSync(candidate) && fs.statSync(candidate).isFile()) return candidate;
  }
  return null;
}

/** The value imports of a module (import … from, export … from, dynamic import()). */
function valueImports(text: string): string[] {
  const specs: string[] = [];
  for (const m of text.matchAll(/^\s*(import|export)\s+(type\s+)?([^'"]*?)\s*from\s*'([^']+)'/gm)) {
    if (!m[2]) specs.push(m[4]!);
  }
  for (const m of text.matchAll(/^\s*import\s+'([^']+)'/gm)) specs.push(m[1]!);
  for (const m of text.matchAll(/import\(\s*'([^']+)'\s*\)/g)) specs.push(m[1]!);
  return specs;
}

const isClient = (text: string) => /^\s*(['"])use client\1/.test(text);
const isServerActions = (text: string) => /^\s*(['"])use server\1/.test(text);

/** The chain from a client file to the first server module it reaches, or null. */
function serverChain(file: string, seen = new Set<string>()): string[] | null {
  if (seen.has(file)) return null;
  seen.add(file);
  const text = fs.readFileSync(file, 'utf8');
  const rel = path.relative(root, file);
  if (rel.startsWith(`db${path.sep}`)) return [rel];
  for (const spec of valueImports(text)) {
    if (serverPackages.test(spec)) return [rel, spec];
    if (!spec.startsWith('.') && !spec.startsWith('@/')) continue;
    const target = resolveLocal(file, spec);
    if (!target) continue;
    const targetText = fs.readFileSync(target, 'utf8');
    if (isServerActions(targetText)) continue;
    const chain = serverChain(target, seen);
    if (chain) return [rel, ...chain];
  }
  return null;
}

describe('client bundles', () => {
  const clientFiles = ['app', 'components', 'lib'].flatMap((d) => sourceFiles(d)).filter((f) => isClient(fs.readFileSync(f, 'utf8')));

  it('finds the client components', () => {
    expect(clientFiles.length).toBeGreaterThan(20);
  });

  it('no client file reaches db/, server-only or a server package', () => {
    const offences = clientFiles.map((f) => serverChain(path.resolve(f))).filter((c): c is string[] => c !== null);
    expect(offences.map((c) => c.join(' → '))).toEqual([]);
  });

  it('the walk does catch a client file that imports the schema', () => {
    const probe = path.join(root, 'components', '__probe-client.tsx');
    fs.writeFileSync(probe, "'use client';\nimport { roles } from '@/db/schema';\nexport const x = roles;\n");
    try {
      expect(serverChain(probe)).toEqual(['components/__probe-client.tsx', 'db/schema.ts']);
    } finally {
      fs.rmSync(probe);
    }
  });
});
