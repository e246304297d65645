import fs from 'node:fs';
import os from 'node:os';
import autocannon from 'autocannon';

export type Measured = { rps: number; p99: number; p95?: number; requests: number; non2xx: number; errors: number; timeouts: number };

/** One autocannon run; the figures every bench reports. */
export async function measure(options: autocannon.Options): Promise<Measured> {
  const result = await autocannon({ connections: 50, duration: 10, ...options });
  return {
    rps: Math.round(result.requests.average),
    p99: result.latency.p99,
    requests: result.requests.total,
    non2xx: result.non2xx,
    errors: result.errors,
    timeouts: result.timeouts,
  };
}

/** Writes bench/results/<name>.json with the time and the machine's load average (1, 5, 15 min): the machine is shared. */
export function writeResult(name: string, data: object) {
  fs.mkdirSync('bench/results', { recursive: true });
  fs.writeFileSync(
    `bench/results/${name}.json`,
    `${JSON.stringify({ at: new Date().toISOString(), loadavg: os.loadavg().map((l) => Number(l.toFixed(2))), ...data }, null, 2)}\n`,
  );
}
