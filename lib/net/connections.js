// @ts-check
/**
 * How `npm start`'s worker processes share the port (scripts/serve.ts forks them, scripts/worker.js
 * runs each).
 *
 * Node's event loop accepts one connection per listening socket per turn (libuv PR #3696). node:cluster
 * either has the primary accept and hand each connection to a worker, waiting for that worker's
 * answer before it sends the next (one per turn of the worker's loop), or lets every worker accept
 * on one copy of the socket. Under closing-time load a worker's loop turns a few times a second, so
 * either way a burst of new visitors waited seconds to be let in while the connections already open
 * were answered in a fraction of that.
 *
 * So the primary binds the port without ever listening on it, and sends each worker ACCEPTORS copies
 * of the socket: a worker accepts up to that many connections per turn. Copies of one socket share
 * one queue of waiting connections, and whichever worker turns first takes them all (a burst at idle
 * went 50 : 0 in a test): each worker reports how many connections it holds, the primary tells each
 * the fewest any other holds, and a worker already SLACK ahead of that, and not busy (BUSY), passes a
 * new connection, before reading a byte of it, to the primary, which gives it to the worker with the
 * fewest.
 *
 * Connections that stay open (a reverse proxy's pool, a browser's keep-alive) stay where they were
 * let in: after a worker is replaced, or a burst met both workers busy, one worker could serve them all
 * for good. So a worker SLACK ahead that also holds UNEVEN times the fewest, while the worker with the
 * fewest has time to spare, ends one of its connections every SHED_EVERY_MS, after the answer it is
 * sending (`Connection: close`, as HTTP allows any time); the client opens a new one, and it is let in
 * or passed on as above.
 */
const net = require('node:net');
const { performance } = require('node:perf_hooks');
const util = require('node:util');

const ACCEPTORS = 16;
const SLACK = 2;
/**
 * A worker sends the primary one connection per turn of its loop (each waits for the one before to
 * be acknowledged); beyond this many waiting to be sent, it serves the new one itself.
 */
const MAX_PASSING = 16;
/** The share of the last 100 ms a worker's loop spent working above which it passes nothing on. */
const BUSY = 0.5;
/** The least time between two connections a worker ends to even out the counts. */
const SHED_EVERY_MS = 100;
/**
 * Only counts this uneven are evened out, and only towards a worker that is not busy: a new connection
 * waits for a busy loop's turn (150-400 ms under the load drill), and ending connections whenever one
 * worker led by SLACK (119 times in a drill) lengthened the voters' p99 from about 0.9 s to 1.5 s.
 */
const UNEVEN = 1.5;

/** @typedef {{ minping?: string, n?: number, of?: number, busy?: boolean }} Message */
/**
 * For sends to a process that may be exiting (a worker being replaced, every one at shutdown): with a
 * callback, a failed send is not an 'error' event that would stop the primary.
 */
const ignore = () => {};
/** @typedef {import('node:cluster').Worker} Worker */

/**
 * The port's socket, bound but not listening (as node:cluster's SCHED_NONE makes it), so the primary
 * itself never accepts a connection; a worker started later gets copies of the same socket.
 * @param {number} port
 */
function bindPort(port) {
  // Node has no public API for a bound socket that is not yet listening; node:cluster uses this one.
  const { TCP, constants } = /** @type {any} */ (process).binding('tcp_wrap');
  const handle = new TCP(constants.SERVER);
  let error = handle.bind6('::', port, 0);
  if (error !== 0) error = handle.bind('0.0.0.0', port);
  if (error !== 0) {
    handle.close();
    throw new Error(`cannot use port ${port}: ${util.getSystemErrorName(error)}`);
  }
  return handle;
}

/**
 * The primary's side. `attach` each worker as it is forked; `listening` resolves once `count`
 * workers accept on the port.
 * @param {number} port
 */
function shareConnections(port) {
  const socket = bindPort(port);
  /** @type {Map<Worker, number>} connections each worker holds, as it last said */
  const held = new Map();
  /** @type {Set<Worker>} the workers that last said they are busy */
  const busy = new Set();
  /** @type {Map<Worker, string>} what each worker was last told */
  const told = new Map();
  let up = 0;
  /** @type {() => void} */
  let onListening = () => {};

  const tell = () => {
    for (const worker of held.keys()) {
      const others = [...held].filter(([w]) => w !== worker);
      const fewest = others.length ? Math.min(...others.map(([, n]) => n)) : -1;
      // Whether every worker with the fewest is busy.
      const full = others.every(([w, n]) => n !== fewest || busy.has(w));
      if (told.get(worker) === `${fewest} ${full}` || !worker.isConnected()) continue;
      told.set(worker, `${fewest} ${full}`);
      worker.send({ minping: 'fewest', n: fewest, busy: full }, ignore);
    }
  };

  /** @param {Worker} from @param {any} connection a raw handle, not reading */
  const place = (from, connection) => {
    const live = [...held].filter(([w]) => w.isConnected());
    const others = live.filter(([w]) => w !== from);
    const [target] = (others.length ? others : live).sort((a, b) => a[1] - b[1])[0] ?? [];
    if (!target) return connection.close();
    held.set(target, (held.get(target) ?? 0) + 1);
    target.send({ minping: 'connection' }, connection, () => connection.close());
    tell();
  };

  /** @param {Worker} worker */
  const attach = (worker) => {
    worker.on('message', (/** @type {Message} */ message, /** @type {any} */ handle) => {
      if (message?.minping === 'ready') {
        for (let i = 0; i < ACCEPTORS; i++) worker.send({ minping: 'accept', of: ACCEPTORS }, socket, undefined, ignore);
      } else if (message?.minping === 'listening') {
        held.set(worker, 0);
        up++;
        tell();
        onListening();
      } else if (message?.minping === 'held' && held.has(worker)) {
        held.set(worker, message.n ?? 0);
        if (message.busy) busy.add(worker);
        else busy.delete(worker);
        tell();
      } else if (message?.minping === 'pass' && handle) {
        place(worker, handle);
      }
    });
    worker.once('exit', () => {
      held.delete(worker);
      busy.delete(worker);
      told.delete(worker);
      tell();
    });
  };

  /** @param {number} count */
  const listening = (count) =>
    new Promise((resolve) => {
      onListening = () => up >= count && resolve(undefined);
      onListening();
    });

  return { attach, listening };
}

/**
 * A worker's side: once `ready` is called, accepts on the copies of the port's socket the primary
 * sends, each with its own server from `createServer` (all serving the same app), and serves or
 * passes on each new connection.
 * @param {() => import('node:http').Server} createServer
 */
function takeConnections(createServer) {
  /** @type {import('node:http').Server[]} */
  const servers = [];
  let listening = 0;
  let held = 0;
  let passing = 0;
  let fewest = -1;
  let fewestBusy = false;
  let reported = '';
  let reporting = false;
  // A busy loop sends one connection per turn, and a busy worker accepts less on its own: only a
  // worker with time to spare passes connections on.
  let busy = false;
  let usage = performance.eventLoopUtilization();
  setInterval(() => {
    const now = performance.eventLoopUtilization();
    busy = performance.eventLoopUtilization(now, usage).utilization > BUSY;
    usage = now;
    report();
  }, 100).unref();
  const report = () => {
    if (reporting) return;
    reporting = true;
    // Once per turn of the loop at most, however many connections opened or closed in it.
    setImmediate(() => {
      reporting = false;
      if (`${held} ${busy}` === reported || !process.connected) return;
      reported = `${held} ${busy}`;
      process.send?.({ minping: 'held', n: held, busy }, ignore);
    });
  };

  let shedAt = -Infinity;
  /** Ends the connection after this answer if this worker holds far more than another. @param {import('node:http').ServerResponse} res */
  const shed = (res) => {
    if (fewest < 0 || fewestBusy || held < fewest + SLACK || held <= fewest * UNEVEN || res.headersSent) return;
    const now = performance.now();
    if (now - shedAt < SHED_EVERY_MS) return;
    shedAt = now;
    res.setHeader('connection', 'close');
  };

  /** The http server's own handler of a new connection. @type {(this: import('node:http').Server, socket: net.Socket) => void} */
  let serveConnection = () => {};
  /** @param {import('node:http').Server} server @param {net.Socket} socket */
  const serve = (server, socket) => {
    held++;
    socket.once('close', () => {
      held--;
      report();
    });
    report();
    serveConnection.call(server, socket);
    socket.resume();
  };

  /** @param {import('node:http').Server} server @param {net.Socket} socket */
  const arrive = (server, socket) => {
    const handle = /** @type {any} */ (socket)._handle;
    const ahead = fewest >= 0 && held >= fewest + SLACK;
    if (!ahead || busy || passing >= MAX_PASSING || !handle || !process.connected) return serve(server, socket);
    // Not read from yet (the servers pause new connections): the bytes wait in the kernel for the
    // worker that gets the connection. This copy of it is closed once it is sent.
    passing++;
    process.send?.({ minping: 'pass' }, handle, undefined, (/** @type {Error | null} */ error) => {
      passing--;
      if (error) serve(server, socket);
      else socket.destroy();
    });
  };

  process.on('message', (/** @type {Message} */ message, /** @type {any} */ handle) => {
    if (message?.minping === 'fewest') {
      fewest = message.n ?? -1;
      fewestBusy = message.busy ?? false;
    } else if (message?.minping === 'connection' && handle) {
      // The primary places connections only with workers that said they listen.
      serve(servers[0] ?? createServer(), new net.Socket(/** @type {any} */ ({ handle, readable: true, writable: true })));
    } else if (message?.minping === 'accept' && handle) {
      const server = createServer();
      serveConnection = /** @type {any} */ (server.listeners('connection')[0]);
      server.removeAllListeners('connection');
      server.on('connection', (socket) => arrive(server, socket));
      // Before the app's handler, so the header is set before anything is written.
      server.prependListener('request', (_req, res) => shed(res));
      // net.createServer's pauseOnConnect, which http.createServer does not pass on.
      /** @type {any} */ (server).pauseOnConnect = true;
      servers.push(server);
      server.listen(handle, () => {
        if (++listening === message.of) process.send?.({ minping: 'listening' }, ignore);
      });
    }
  });

  return {
    servers,
    /** Asks the primary for the port, once the app can answer. */
    ready: () => process.send?.({ minping: 'ready' }, ignore),
  };
}

module.exports = { ACCEPTORS, shareConnections, takeConnections };
