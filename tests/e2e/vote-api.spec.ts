import { spawn } from 'node:child_process';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import fc from 'fast-check';
import { ballots } from '../../db/schema';
import { E2E_DB, E2E_PORT, E2E_SECRET } from './env';
import { BASE, currentYear, e2eDb, expect, issueTestCodes, test, candidateIds } from './fixtures';

const ballotCount = () =>
  e2eDb()
    .select({ n: sql<number>`count(*)` })
    .from(ballots)
    .get()!.n;
// Each test speaks from its own address, so the wrong-code limit of one does not touch another.
const from = (ip: string) => ({ 'x-forwarded-for': ip, 'content-type': 'application/json' });

test.describe('POST /api/v1/ballots', () => {
  test('casts with a code and answers 201 with a tracking code; a reused code gets 409 "already used"', async ({ request }) => {
    const year = currentYear();
    const { codes } = await issueTestCodes(year, 1);
    const body = { selection: year, code: codes[0], candidates: candidateIds(year).slice(0, 2) };
    const first = await request.post('/api/v1/ballots', { headers: from('10.1.0.1'), data: body });
    expect(first.status()).toBe(201);
    expect((await first.json()).trackingCode).toMatch(/^[2-9A-HJ-NP-Z]{12}$/);
    const again = await request.post('/api/v1/ballots', { headers: from('10.1.0.1'), data: body });
    expect(again.status()).toBe(409);
    expect(await again.json()).toEqual({ error: 'usedCode', message: '这个投票码已经投过票了。每个投票码只能用一次。' });
  });

  test('a foreign Origin is refused and nothing is stored', async ({ request }) => {
    const year = currentYear();
    const { codes } = await issueTestCodes(year, 1);
    const before = ballotCount();
    const response = await request.post('/api/v1/ballots', {
      headers: { ...from('10.1.0.2'), origin: 'https://evil.example' },
      data: { selection: year, code: codes[0], candidates: candidateIds(year).slice(0, 1) },
    });
    expect(response.status()).toBe(403);
    expect((await response.json()).error).toBe('origin');
    expect(ballotCount()).toBe(before);
  });

  test('fuzzed bodies never make a 5xx and store only valid ballots', async ({ request }) => {
    const year = currentYear();
    const ids = candidateIds(year);
    const { codes } = await issueTestCodes(year, 150);
    let next = 0;
    const samples = fc.sample(
      fc.record({
        selection: fc.oneof({ arbitrary: fc.constant(year), weight: 4 }, fc.integer(), fc.string(), fc.constant(null)),
        code: fc.oneof({ arbitrary: fc.constant('REAL'), weight: 3 }, fc.string({ maxLength: 40 }), fc.integer()),
        candidates: fc.oneof(
          { arbitrary: fc.uniqueArray(fc.constantFrom(...ids), { minLength: 1, maxLength: 10 }), weight: 3 },
          fc.array(fc.constantFrom(...ids), { maxLength: 14 }),
          fc.array(fc.integer({ min: -2, max: 99999 })),
          fc.string(),
        ),
        extra: fc.option(fc.jsonValue()),
      }),
      { numRuns: 120, seed: 42 },
    );
    let accepted = 0;
    for (const [i, sample] of samples.entries()) {
      const data = { ...sample, code: sample.code === 'REAL' ? codes[next++] : sample.code };
      const response = await request.post('/api/v1/ballots', { headers: from(`10.2.${i}.1`), data });
      const c = sample.candidates;
      const valid =
        sample.selection === year &&
        sample.code === 'REAL' &&
        Array.isArray(c) &&
        c.length >= 1 &&
        c.length <= 10 &&
        new Set(c).size === c.length &&
        c.every((id) => ids.includes(id));
      // Every real-code sample gets a fresh code, so validity alone decides the answer.
      expect(response.status(), JSON.stringify(data)).toBeLessThan(500);
      expect(response.status() === 201, JSON.stringify(data)).toBe(valid);
      if (valid) accepted++;
    }
    expect(next).toBeLessThanOrEqual(codes.length);
    const raw = await request.post('/api/v1/ballots', { headers: from('10.2.255.1'), data: Buffer.from('{not json') });
    expect(raw.status()).toBe(400);
    const perBallot = e2eDb()
      .$client.prepare('select count(*) n, count(distinct candidate_id) d from ballot_choices group by ballot_id')
      .all() as { n: number; d: number }[];
    for (const b of perBallot) {
      expect(b.n).toBe(b.d);
      expect(b.n).toBeGreaterThanOrEqual(1);
      expect(b.n).toBeLessThanOrEqual(10);
    }
    expect(accepted).toBeGreaterThan(5);
  });

  test('wrong-code guessing is limited per address, while one household voting with real codes is never blocked', async ({ request }) => {
    const year = currentYear();
    const { codes } = await issueTestCodes(year, 8);
    const ids = candidateIds(year);
    const household = from('10.3.0.1');
    for (const code of codes.slice(0, 6)) {
      const r = await request.post('/api/v1/ballots', { headers: household, data: { selection: year, code, candidates: [ids[0]] } });
      expect(r.status()).toBe(201);
    }
    const guesser = from('10.3.0.2');
    for (let i = 0; i < 20; i++) {
      const r = await request.post('/api/v1/ballots', {
        headers: guesser,
        data: { selection: year, code: `GUESS${String(i).padStart(7, '2')}`.slice(0, 12), candidates: [ids[0]] },
      });
      expect(r.status()).toBe(403);
    }
    const blocked = await request.post('/api/v1/ballots', {
      headers: guesser,
      data: { selection: year, code: codes[6], candidates: [ids[0]] },
    });
    expect(blocked.status()).toBe(429);
    // The household's last member still votes.
    const last = await request.post('/api/v1/ballots', {
      headers: household,
      data: { selection: year, code: codes[7], candidates: [ids[0]] },
    });
    expect(last.status()).toBe(201);
  });

  test('50 simultaneous casts of one code across two server processes store exactly one ballot', async ({ request }) => {
    test.setTimeout(120_000);
    const second = spawn(process.execPath, [path.resolve('node_modules/next/dist/bin/next'), 'start', '-p', String(E2E_PORT + 1)], {
      // Behind the same (pretend) proxy as the main test server, so each request's address is its own.
      env: { ...process.env, DATABASE_URL: `file:${E2E_DB}`, AUTH_SECRET: E2E_SECRET, NEXT_TELEMETRY_DISABLED: '1', TRUST_PROXY_HOPS: '1' },
      stdio: 'ignore',
    });
    try {
      const other = `http://localhost:${E2E_PORT + 1}`;
      await expect.poll(async () => (await request.get(`${other}/api/health`).catch(() => null))?.status(), { timeout: 60_000 }).toBe(200);
      const year = currentYear();
      const { codes } = await issueTestCodes(year, 1);
      const before = ballotCount();
      const data = { selection: year, code: codes[0], candidates: candidateIds(year).slice(0, 3) };
      const responses = await Promise.all(
        Array.from({ length: 50 }, (_, i) =>
          request.post(`${i % 2 ? other : BASE}/api/v1/ballots`, { headers: from(`10.4.${i}.1`), data }),
        ),
      );
      const statuses = responses.map((r) => r.status());
      expect(statuses.filter((s) => s === 201)).toHaveLength(1);
      expect(statuses.filter((s) => s === 409)).toHaveLength(49);
      expect(ballotCount()).toBe(before + 1);
    } finally {
      second.kill('SIGTERM');
    }
  });
});
