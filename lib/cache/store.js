// @ts-check
/**
 * When cached pages expire, shared by every worker process and by anything else that writes to the
 * database (the CLI, test fixtures): a small SQLite file beside the database. Next's own record of
 * revalidated tags lives in each process's memory, so a revalidation in one worker would go unseen
 * by the others; the page cache handler (handler.js) asks this store instead.
 *
 * A row (tag, at) says: every cached page carrying `tag` whose render began at or before `at` is stale
 * once the clock reaches `at` (a render that began in the same millisecond as the change, in another
 * worker, may have read the data before it). `at` may lie in the future (a vote opens or closes at a known time).
 *
 * Plain JavaScript: Next loads the cache handler with require(), outside its bundler.
 */
const fs = require('node:fs');
const path = require('node:path');
const Database = require('better-sqlite3');

/** @type {Map<string, { db: import('better-sqlite3').Database, insert: import('better-sqlite3').Statement, check: import('better-sqlite3').Statement }>} */
const open = new Map();

/** The database file named by DATABASE_URL ("file:./data/x.db" or a plain path), as lib/env.ts reads it. */
function databaseFileFromEnv(env = process.env) {
  const url = env.DATABASE_URL || 'file:./data/minping.db';
  return path.resolve(url.startsWith('file:') ? url.slice('file:'.length) : url);
}

/** data/minping.db → data/minping.pages.db @param {string} databaseFile */
function storeFileFor(databaseFile) {
  return path.join(path.dirname(databaseFile), `${path.basename(databaseFile).replace(/\.db$/, '')}.pages.db`);
}

/** @param {string} file */
function connect(file) {
  let store = open.get(file);
  if (store) return store;
  fs.mkdirSync(path.dirname(file), { recursive: true });
  // Created 0600 like every data file; SQLite gives its -wal and -shm files the same mode.
  fs.closeSync(fs.openSync(file, 'a', 0o600));
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  // Losing the last row to a power cut is harmless: every start expires all pages (see expireAll).
  db.pragma('synchronous = NORMAL');
  db.pragma('busy_timeout = 5000');
  db.exec('create table if not exists expiries (tag text not null, at integer not null, primary key (tag, at)) without rowid');
  store = {
    db,
    insert: db.prepare('insert or ignore into expiries (tag, at) values (?, ?)'),
    check: db.prepare('select 1 from expiries where tag in (select value from json_each(?)) and at >= ? and at <= ? limit 1'),
  };
  open.set(file, store);
  return store;
}

/**
 * Marks the pages carrying any of `tags` as stale from `at` (milliseconds, district clock).
 * @param {string} file @param {readonly string[]} tags @param {number} at
 */
function expire(file, tags, at) {
  const { db, insert } = connect(file);
  db.transaction(() => {
    for (const tag of tags) insert.run(tag, Math.floor(at));
  })();
}

/**
 * True when a page carrying one of `tags`, rendered at `rendered`, has expired by `now`.
 * @param {string} file @param {readonly string[]} tags @param {number} rendered @param {number} now
 */
function expiredBetween(file, tags, rendered, now) {
  return connect(file).check.get(JSON.stringify(tags), Math.floor(rendered), Math.floor(now)) !== undefined;
}

/** Next's tag for the root layout, which every cached page carries. */
const EVERY_PAGE = '_N_T_/layout';

/**
 * Every page cached before `at` is stale: at each start, since the database may have changed while
 * the server was down (a restore, a command-line import).
 * @param {string} file @param {number} at
 */
function expireAll(file, at) {
  expire(file, [EVERY_PAGE], at);
}

/**
 * Keeps only the newest past row of each tag (older ones can no longer decide anything) and the future ones.
 * @param {string} file
 */
function prune(file, now = districtNow()) {
  connect(file)
    .db.prepare(
      'delete from expiries where at <= @now and exists (select 1 from expiries later where later.tag = expiries.tag and later.at > expiries.at and later.at <= @now)',
    )
    .run({ now: Math.floor(now) });
}

/**
 * The district's clock in milliseconds: real time, unless the browser tests point
 * MINPING_TEST_CLOCK_FILE at a file holding an ISO time. The same rule as lib/clock.ts, which the
 * pages render with, so a page and its expiry are judged by one clock.
 */
function districtNow(env = process.env) {
  const file = env.MINPING_TEST_CLOCK_FILE;
  if (file) {
    try {
      const text = fs.readFileSync(file, 'utf8').trim();
      const fixed = new Date(text).getTime();
      if (text && !Number.isNaN(fixed)) return fixed;
    } catch {
      /* no file: real time */
    }
  }
  return Date.now();
}

module.exports = { EVERY_PAGE, databaseFileFromEnv, storeFileFor, expire, expireAll, expiredBetween, prune, districtNow };
