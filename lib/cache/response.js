// @ts-check
/**
 * What the worker's HTTP layer adds to a response on its way out, once Next has set its headers.
 *
 * A page served from the page cache was rendered for an earlier request, so the nonce proxy.ts put
 * in this response's policy is not in its scripts; the cache handler stored the hashes of those
 * scripts with the page (x-minping-script-hashes), and the policy is rewritten to allow exactly
 * them. Cached pages are also marked for browsers only: one address has two variants (elders'
 * mode, by cookie), which a shared cache must not mix up; browsers revalidate with the ETag.
 */
const { hashPolicy } = require('../csp');

const HASHES = 'x-minping-script-hashes';

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
    return writeHead.apply(this, /** @type {any} */ (args));
  };
}

module.exports = { HASHES, securityHeadersFor };
