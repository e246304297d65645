// @ts-check
/**
 * A worker of ./primary.js. Each answer says which process gave it and how many requests arrived in
 * the same turn of this worker's loop (read from connections accepted in the turn before).
 */
const http = require('node:http');
const { takeConnections } = require('../../../lib/net/connections');

/** @type {{ n: number } | null} the requests that arrived in this turn of the loop */
let turn = null;
const { ready } = takeConnections(() =>
  http.createServer((_req, res) => {
    const batch = (turn ??= { n: 0 });
    batch.n++;
    // Answered after the turn's I/O, when it is known how many came in it.
    setImmediate(() => {
      turn = null;
      res.end(JSON.stringify({ pid: process.pid, together: batch.n }));
    });
  }),
);
process.on('message', (message) => {
  if (message !== 'hold') return;
  const until = Date.now() + 1000;
  while (Date.now() < until);
});
ready();
