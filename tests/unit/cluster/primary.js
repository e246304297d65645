// @ts-check
/**
 * A cluster primary as scripts/serve.ts runs one, over a tiny app (./worker.js), for
 * lib/net/connections.test.ts: shares the port given as argv[2] between two workers, replaces a worker
 * that dies, and on SIGUSR2 has every worker hold its loop for a second (as closing-time work does).
 */
const cluster = require('node:cluster');
const path = require('node:path');
const { shareConnections } = require('../../../lib/net/connections');

const connections = shareConnections(Number(process.argv[2]));
cluster.setupPrimary({ exec: path.join(__dirname, 'worker.js') });
const fork = () => connections.attach(cluster.fork());
cluster.on('exit', () => fork());
fork();
fork();
connections.listening(2).then(() => console.log('listening'));
process.on('SIGUSR2', () => {
  for (const worker of Object.values(cluster.workers ?? {})) worker?.send('hold');
});
process.on('SIGTERM', () => {
  for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill('SIGKILL');
  process.exit(0);
});
