// @ts-check
/**
 * A cluster primary as scripts/serve.ts runs one, over a tiny app (./worker.js), for
 * lib/net/connections.test.ts: shares the port given as argv[2] between two workers, replaces a worker
 * that dies, on SIGUSR2 has every worker hold its loop for a second (as closing-time work does), and
 * on SIGTERM stops its workers and exits once they are gone, as scripts/serve.ts does.
 */
const cluster = require('node:cluster');
const path = require('node:path');
const { shareConnections } = require('../../../lib/net/connections');

const connections = shareConnections(Number(process.argv[2]));
cluster.setupPrimary({ exec: path.join(__dirname, 'worker.js') });
const fork = () => connections.attach(cluster.fork());
let stopping = false;
cluster.on('exit', () => {
  if (!stopping) fork();
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
