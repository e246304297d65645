// @ts-check
/**
 * What the worker's HTTP layer adds to a response on its way out, once Next has set its headers.
 *
 * A page served from the page cache was rendered for an earlier request, so the nonce proxy.ts put
 * in this response's policy is not in its scripts; the cache handler stored the hashes of those
 * scripts with the page (x-minping-script-hashes), and the policy is rewritten to allow exactly
 * them. Cached pages are also marked for browsers only: one address has two variants (elders'
 * mode, by cookie), which a shared cache must not mix up; browsers revalidate with the ETag.
 *
 * That ETag is the digest the cache handler stored with the page (x-minping-digest). Next's own
 * (generateEtags, off in next.config.js) hashed the whole page again on every request: a tenth of a
 * worker's time serving cached pages, more the longer the page.
 */
const { hashPolicy } = require('../csp');

const HASHES = 'x-minping-script-hashes';
const DIGEST = 'x-minping-digest';

/** @param {string | string[] | undefined} header @param {string} etag */
function matches(header, etag) {
  if (!header) return false;
  return String(header)
    .split(',')
    .some((tag) => tag.trim() === '*' || tag.trim().replace(/^W\//, '') === etag.replace(/^W\//, ''));
}

/**
 * A cached page's validator, and 304 for a browser that has the page already.
 * @param {import('node:http').ServerResponse} res @param {any[]} args writeHead's arguments
 */
function validate(res, args) {
  const digest = res.getHeader(DIGEST);
  if (digest === undefined) return;
  res.removeHeader(DIGEST);
  // Only the page itself: the router's data requests of the same entry carry other bodies.
  const html = String(res.getHeader('content-type') ?? '').startsWith('text/html');
  if (!html || res.statusCode !== 200 || typeof args[0] !== 'number') return;
  const etag = `W/"${digest}"`;
  res.setHeader('etag', etag);
  const method = res.req?.method;
  if ((method === 'GET' || method === 'HEAD') && matches(res.req.headers['if-none-match'], etag)) {
    // Node sends no body with a 304, whatever is written after.
    args[0] = res.statusCode = 304;
    for (const name of ['content-length', 'content-type', 'content-encoding']) res.removeHeader(name);
  }
}

/** @param {import('node:http').ServerResponse} res */
function securityHeadersFor(res) {
  const writeHead = res.writeHead;
  /** @type {any} */ (res).writeHead = function (/** @type {any[]} */ ...args) {
    const hashes = res.getHeader(HASHES);
    if (hashes !== undefined) {
      res.setHeader('content-security-policy', hashPolicy(String(hashes)));
      res.removeHeader(HASHES);
    }
    if (res.getHeader('x-nextjs-cache') !== undefined) res.setHeader('cache-control', 'private, no-cache');
    validate(res, args);
    return writeHead.apply(this, /** @type {any} */ (args));
  };
}

module.exports = { DIGEST, HASHES, securityHeadersFor };
