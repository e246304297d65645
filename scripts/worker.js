// @ts-check
/**
 * One worker process of `npm start` (forked by scripts/serve.ts): Next's own server, started
 * programmatically, accepting on the port the primary shares among its workers. Plain JavaScript so
 * the worker loads Next exactly as `next start` does, without a TypeScript loader in front of it.
 */
process.env.NODE_ENV = 'production';
const http = require('node:http');
const path = require('node:path');
const next = require('next');
const { securityHeadersFor } = require('../lib/cache/response');
const { takeConnections } = require('../lib/net/connections');

const port = Number(process.env.PORT ?? 3000);
const app = next({ dev: false, dir: path.resolve(__dirname, '..'), port, hostname: 'localhost' });
const handle = app.getRequestHandler();

const { servers, ready } = takeConnections(() => {
  const server = http.createServer((req, res) => {
    securityHeadersFor(res);
    handle(req, res);
  });
  // Longer than a reverse proxy's idle timeout, so the proxy closes first (as `next start` does).
  server.keepAliveTimeout = 75_000;
  return server;
});

app.prepare().then(() => {
  ready();
  const stop = () => {
    let open = servers.length;
    if (open === 0) process.exit(0);
    for (const server of servers) {
      server.close(() => --open === 0 && process.exit(0));
      server.closeIdleConnections();
    }
    // Requests still running after 10 s are cut: the primary is shutting down.
    setTimeout(() => process.exit(0), 10_000).unref();
  };
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
});
