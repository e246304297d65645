import { spawn, type ChildProcess } from 'node:child_process';
import http from 'node:http';
import net from 'node:net';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ACCEPTORS } from './connections';

type Answer = { pid: number; together: number };

const running: ChildProcess[] = [];
afterEach(() => running.splice(0).forEach((p) => p.kill('SIGTERM')));

async function freePort(): Promise<number> {
  const probe = net.createServer();
  await new Promise<void>((resolve) => probe.listen(0, resolve));
  const { port } = probe.address() as net.AddressInfo;
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

/** The primary of tests/unit/cluster with its two workers, once both accept on the port. */
async function start(replaceAfterMs = 0) {
  const port = await freePort();
  const primary = spawn(process.execPath, [path.resolve('tests/unit/cluster/primary.js'), String(port), String(replaceAfterMs)], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  running.push(primary);
  await new Promise<void>((resolve, reject) => {
    primary.stdout!.on('data', (chunk: Buffer) => chunk.toString().includes('listening') && resolve());
    primary.once('exit', (code) => reject(new Error(`primary exited (${code})`)));
  });
  return { port, primary };
}

/** One GET on each of `count` new connections, all opened at once. */
function burst(port: number, count: number, agent = new http.Agent({ keepAlive: true, maxSockets: count })): Promise<Answer[]> {
  const one = () =>
    new Promise<Answer>((resolve, reject) => {
      http
        .get({ port, host: '127.0.0.1', path: '/', agent }, (res) => {
          let body = '';
          res.on('data', (c) => (body += c));
          res.on('end', () => resolve(JSON.parse(body) as Answer));
        })
        .on('error', reject);
    });
  return Promise.all(Array.from({ length: count }, one));
}

const byWorker = (answers: Answer[]) => {
  const counts = new Map<number, number>();
  for (const a of answers) counts.set(a.pid, (counts.get(a.pid) ?? 0) + 1);
  return counts;
};

describe('worker processes sharing the port', () => {
  it('a burst of new connections at an idle server is shared between the workers', async () => {
    const { port } = await start();
    const counts = byWorker(await burst(port, 40));
    // Copies of one socket alone gave one worker 50 of 50 (whichever turned first took them all).
    expect(counts.size).toBe(2);
    for (const n of counts.values()) expect(n).toBeGreaterThanOrEqual(10);
  });

  it('a worker whose loop was held lets in many waiting connections in one turn, not one per turn', async () => {
    const { port, primary } = await start();
    primary.kill('SIGUSR2');
    // Both loops are held for a second: the connections wait in the kernel, then are let in.
    await new Promise((r) => setTimeout(r, 100));
    const answers = await burst(port, 30);
    const most = Math.max(...answers.map((a) => a.together));
    expect(most).toBeGreaterThan(4);
    expect(most).toBeLessThanOrEqual(ACCEPTORS);
  });

  it('a worker that dies is replaced, and the other keeps its open connections', async () => {
    const { port } = await start();
    const agent = new http.Agent({ keepAlive: true, maxSockets: 20 });
    const before = byWorker(await burst(port, 20, agent));
    const [dead, survivor] = [...before.keys()];
    process.kill(dead!, 'SIGKILL');
    await new Promise((r) => setTimeout(r, 200));
    // The agent reuses its open connections: those to the survivor still answer, from the survivor.
    const open = agent.freeSockets[`127.0.0.1:${port}:`]?.length ?? 0;
    expect(open).toBeGreaterThan(0);
    const again = await burst(port, open, agent);
    expect(again.every((a) => a.pid === survivor)).toBe(true);
    // A new worker takes its place and is given new connections.
    let pids = new Set<number>();
    for (let i = 0; i < 50 && pids.size < 2; i++) {
      await new Promise((r) => setTimeout(r, 100));
      pids = new Set((await burst(port, 20)).map((a) => a.pid));
    }
    expect(pids.has(dead!)).toBe(false);
    expect([...pids].filter((p) => p !== survivor)).toHaveLength(1);
  });

  it('connections kept open on one worker are evened out once its replaced peer accepts again', async () => {
    const { port, primary } = await start(1000);
    const agent = new http.Agent({ keepAlive: true, maxSockets: 20 });
    const [dead] = byWorker(await burst(port, 20, agent)).keys();
    const replaced = new Promise<void>((resolve) =>
      primary.stdout!.on('data', (c: Buffer) => c.toString().includes('replaced') && resolve()),
    );
    process.kill(dead!, 'SIGKILL');
    await new Promise((r) => setTimeout(r, 200));
    // As a proxy's pool after a crash: all 20 connections open on the survivor, before its peer is back.
    const alone = byWorker(await burst(port, 20, agent));
    expect(alone.size).toBe(1);
    const [survivor] = alone.keys();
    await replaced;
    let newcomer = 0;
    for (let round = 0; round < 40 && newcomer < 6; round++) {
      await new Promise((r) => setTimeout(r, 50));
      const answers = await burst(port, 20, agent);
      newcomer = answers.filter((a) => a.pid !== survivor).length;
    }
    // Without it the agent's 20 connections stay with the survivor and the new worker answers none.
    expect(newcomer).toBeGreaterThanOrEqual(6);
  });

  it('at shutdown the primary outlives every worker and exits cleanly', async () => {
    const { port, primary } = await start();
    await burst(port, 20);
    let stderr = '';
    primary.stderr!.on('data', (c: Buffer) => (stderr += c));
    const exited = new Promise<number | null>((resolve) => primary.once('exit', resolve));
    primary.kill('SIGTERM');
    // Telling a worker that is exiting how many connections the others hold failed with EPIPE.
    expect(await exited).toBe(0);
    expect(stderr).toBe('');
  });
});
