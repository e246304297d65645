// @ts-check
/**
 * A cluster primary as scripts/serve.ts runs one, over a tiny app (./worker.js), for
 * lib/net/connections.test.ts: shares the port given as argv[2] between two workers, replaces a worker
 * that dies (after argv[3] ms, 0 unless given; prints "replaced" once the new one accepts), on SIGUSR2
 * has every worker hold its loop for a second (as closing-time work does), and on SIGTERM stops its
 * workers and exits once they are gone, as scripts/serve.ts does.
 */
const cluster = require('node:cluster');
const path = require('node:path');
const { shareConnections } = require('../../../lib/net/connections');

const connections = shareConnections(Number(process.argv[2]));
cluster.setupPrimary({ exec: path.join(__dirname, 'worker.js') });
const replaceAfter = Number(process.argv[3] ?? 0);
let forks = 0;
const fork = () => {
  connections.attach(cluster.fork());
  const count = ++forks;
  if (count > 2) connections.listening(count).then(() => console.log('replaced'));
};
let stopping = false;
cluster.on('exit', () => {
  if (!stopping) setTimeout(fork, replaceAfter);
  else if (Object.keys(cluster.workers ?? {}).length === 0) process.exit(0);
});
fork();
fork();
connections.listening(2).then(() => console.log('listening'));
process.on('SIGUSR2', () => {
  for (const worker of Object.values(cluster.workers ?? {})) worker?.send('hold');
});
process.on('SIGTERM', () => {
  stopping = true;
  for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill('SIGTERM');
});
