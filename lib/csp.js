// @ts-check
/**
 * The Content-Security-Policy of every response. Scripts: only this site's files, plus exactly the
 * inline scripts Next writes into the page (its bootstrap and the RSC payload), allowed by a nonce
 * when the page is rendered for this request, or by their hashes when it comes from the page cache
 * (a cached page cannot carry a fresh nonce: see scripts/worker.js and lib/cache/response.js).
 * Styles: only this site's stylesheets; inline style *attributes* stay allowed (the star ratings
 * and the server-rendered SVG charts set widths and colours in them), inline <style> elements not.
 *
 * Plain JavaScript: the worker's HTTP layer uses it outside Next's bundler; proxy.ts imports it too.
 */
const crypto = require('node:crypto');

const OTHER_DIRECTIVES = [
  "default-src 'self'",
  // Browsers without style-src-elem/-attr (before 2022) fall back to this line.
  "style-src 'self' 'unsafe-inline'",
  "style-src-elem 'self'",
  "style-src-attr 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "frame-ancestors 'none'",
  "form-action 'self'",
  "base-uri 'self'",
  "object-src 'none'",
];

/** @param {string[]} sources */
function policy(sources) {
  // React's development build evaluates code for its error overlay; production never does.
  const dev = process.env.NODE_ENV === 'development' ? " 'unsafe-eval'" : '';
  // The ballot is sealed, and an archive checked, with libsodium's WebAssembly build in the browser:
  // 'wasm-unsafe-eval' lets a page compile WebAssembly and nothing else (no eval of JavaScript).
  return [`script-src 'self' 'wasm-unsafe-eval' ${sources.join(' ')}${dev}`.trim(), ...OTHER_DIRECTIVES].join('; ');
}

/** For a page rendered for this request: Next puts the nonce on every script it writes. */
function noncePolicy(/** @type {string} */ nonce) {
  return policy([`'nonce-${nonce}'`]);
}

/** For a cached page: the hashes of its inline scripts (see scriptHashes). */
function hashPolicy(/** @type {string} */ hashes) {
  return policy(hashes ? hashes.split(' ') : []);
}

const INLINE_SCRIPT = /<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g;

/** The CSP source expressions ('sha256-…') of every inline script in an HTML page, space-separated. */
function scriptHashes(/** @type {string} */ html) {
  const hashes = new Set();
  for (const match of html.matchAll(INLINE_SCRIPT))
    if (match[1]) hashes.add(`'sha256-${crypto.createHash('sha256').update(match[1], 'utf8').digest('base64')}'`);
  return [...hashes].join(' ');
}

module.exports = { noncePolicy, hashPolicy, scriptHashes };
