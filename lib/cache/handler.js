// @ts-check
/**
 * Next's page cache (its filesystem cache: pages on disk under .next, shared by every worker on this
 * machine), with expiry decided by the shared store (store.js) instead of each process's memory, so a
 * revalidation in one worker, or a write from the command line, is seen by all. Next loads this
 * file itself (next.config.js `cacheHandler`).
 *
 * Each page is stamped with the district time its render began (the first request that found it
 * missing or stale): a page that rendered while its data changed carries the earlier stamp, so it
 * is rendered again instead of keeping the old data under a new date.
 */
const crypto = require('node:crypto');
const fs = require('node:fs');
const FileSystemCache = require('next/dist/server/lib/incremental-cache/file-system-cache').default;
const { scriptHashes } = require('../csp');
const { DIGEST, HASHES } = require('./response');
const { databaseFileFromEnv, districtNow, expire, expiredBetween, storeFileFor } = require('./store');

const RENDERED = 'x-minping-rendered';
const PAGE_KINDS = new Set(['APP_PAGE', 'APP_ROUTE']);
/** Longer keys cannot be file names under .next (255 bytes per path segment); real pages are far shorter. */
const MAX_KEY = 200;

/** @param {any} entry */
function stampOf(entry) {
  return Number(entry.value.headers?.[RENDERED]) || entry.lastModified || 0;
}

/**
 * The digest of the page's body, kept in its headers (the .meta file) under DIGEST, to tell a whole
 * entry from a mixed one; it is also the page's ETag (response.js).
 * @param {any} value
 */
function digestOf(value) {
  const hash = crypto.createHash('sha256');
  for (const part of value.kind === 'APP_PAGE' ? [value.html, value.rscData] : [value.body]) {
    hash.update(part ?? '');
    hash.update('\u0000');
  }
  return hash.digest('base64');
}

/**
 * A file written whole or not at all: written beside its place, then renamed over it. Next writes an
 * entry's files in place and side by side, so another worker reading meanwhile could get half a page.
 * @param {string} file @param {string | Buffer} data
 */
async function writeWhole(file, data) {
  const temporary = `${file}.${process.pid}.${crypto.randomUUID()}.tmp`;
  try {
    await fs.promises.writeFile(temporary, data);
    await fs.promises.rename(temporary, file);
  } finally {
    await fs.promises.rm(temporary, { force: true });
  }
}

/**
 * Entries whose body is known to match their headers: module-wide, as Next makes a handler per
 * request while its memory cache hands the same entries to all of them.
 * @type {WeakSet<object>}
 */
const whole = new WeakSet();

class PageCache extends FileSystemCache {
  /** @param {any} ctx */
  constructor(ctx) {
    super(ctx);
    const fsMethods = /** @type {any} */ (this).fs;
    if (fsMethods) /** @type {any} */ (this).fs = { ...fsMethods, writeFile: writeWhole };
    this.store = storeFileFor(databaseFileFromEnv());
    /** @type {Map<string, number>} when the oldest render that may still write each key began */
    this.started = new Map();
  }

  /**
   * Each file is written whole, but one worker may read an entry's body from one render and its
   * headers (the script hashes the page's policy allows, the time it was rendered) from another:
   * such an entry is no entry.
   * @param {any} entry
   */
  consistent(entry) {
    if (!entry?.value || !PAGE_KINDS.has(entry.value.kind) || whole.has(entry.value)) return true;
    if (entry.value.headers?.[DIGEST] !== digestOf(entry.value)) return false;
    whole.add(entry.value);
    return true;
  }

  /** @param {any} entry @param {number} now */
  usable(entry, now) {
    return this.consistent(entry) && this.fresh(entry, now);
  }

  /** @param {any} entry @param {number} now */
  fresh(entry, now) {
    if (!entry?.value || !PAGE_KINDS.has(entry.value.kind)) return true;
    const rendered = stampOf(entry);
    // Only the test clock goes backwards; a page rendered "in the future" is not kept.
    if (rendered > now) return false;
    const tags = String(entry.value.headers?.['x-next-cache-tags'] ?? '')
      .split(',')
      .filter(Boolean);
    return tags.length === 0 || !expiredBetween(this.store, tags, rendered, now);
  }

  /** @param {string} key @param {any} ctx */
  async get(key, ctx) {
    const now = districtNow();
    if (!this.started.has(key)) this.started.set(key, now);
    let entry = await super.get(key, ctx);
    if (this.usable(entry, now)) return entry;
    // This worker's memory may hold an older copy than the one another worker has written since,
    // and a mixed read from disk was kept there too.
    const memory = /** @type {any} */ (FileSystemCache).memoryCache;
    if (memory) {
      memory.remove(key);
      entry = await super.get(key, ctx);
      if (this.usable(entry, now)) return entry;
      memory.remove(key);
    }
    return null;
  }

  /** @param {string} key @param {any} data @param {any} ctx */
  async set(key, data, ctx) {
    // Any address may be asked for: a page that is not there (404), or an address no real page has
    // (longer than a file name may be, a NUL byte), is answered but never written to disk, so strangers
    // cannot fill it with misses.
    if (data && PAGE_KINDS.has(data.kind) && (data.status === 404 || key.length > MAX_KEY || key.includes('\u0000'))) {
      this.started.delete(key);
      return;
    }
    if (data && PAGE_KINDS.has(data.kind)) {
      data.headers = { ...data.headers, [RENDERED]: String(this.started.get(key) ?? districtNow()) };
      // Served later to other visitors, whose policy must allow exactly this page's inline scripts.
      if (typeof data.html === 'string') data.headers[HASHES] = scriptHashes(data.html);
      data.headers[DIGEST] = digestOf(data);
      whole.add(data);
    }
    this.started.delete(key);
    return super.set(key, data, ctx);
  }

  /** revalidatePath and revalidateTag, wherever Next code calls them, reach every worker too. */
  /** @param {string | string[]} tags @param {any} durations */
  async revalidateTag(tags, durations) {
    await super.revalidateTag(tags, durations);
    expire(this.store, typeof tags === 'string' ? [tags] : tags, districtNow());
  }
}

module.exports = PageCache;
