// @ts-check
const createNextIntlPlugin = require('next-intl/plugin');

const withNextIntl = createNextIntlPlugin('./lib/i18n/request.ts');

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // A cached page's ETag is the digest stored with it (lib/cache/response.js), not a hash per request.
  generateEtags: false,
  // Pages cached on disk, with expiry shared by every worker (lib/cache/handler.js).
  cacheHandler: require.resolve('./lib/cache/handler.js'),
  serverExternalPackages: ['better-sqlite3', 'echarts', 'pino', 'pino-pretty'],
  // Browsers ask for /favicon.ico whatever the page says: answer with the app's icon (app/icon.svg).
  async rewrites() {
    return [{ source: '/favicon.ico', destination: '/icon.svg' }];
  },
  // One limit for a server action's body, here and in the proxy's buffer (lib/net/action-gate.ts answers 413 above it).
  experimental: { serverActions: { bodySizeLimit: '10mb' }, proxyClientMaxBodySize: '10mb', authInterrupts: true },
  // Content-Security-Policy is set per request in proxy.ts (a nonce) and scripts/worker.js (hashes).
  async headers() {
    return [
      {
        source: '/:path*',
        headers: [
          { key: 'X-Content-Type-Options', value: 'nosniff' },
          { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
          { key: 'X-Frame-Options', value: 'DENY' },
          { key: 'Permissions-Policy', value: 'camera=(self), microphone=(), geolocation=()' },
        ],
      },
      {
        // Behind a TLS-terminating proxy: tell browsers to use https from now on.
        source: '/:path*',
        has: [{ type: 'header', key: 'x-forwarded-proto', value: 'https' }],
        headers: [{ key: 'Strict-Transport-Security', value: 'max-age=31536000; includeSubDomains' }],
      },
    ];
  },
};

module.exports = withNextIntl(nextConfig);
