const createNextIntlPlugin = require('next-intl/plugin');
const { commonHeaders, onDemandPolicy } = require('./lib/security-headers.cjs');

const withNextIntl = createNextIntlPlugin('./i18n/request.ts');

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  // A self-contained server in .next/standalone for the container image (see Dockerfile).
  output: 'standalone',
  // Lets a second build (another posts folder, e.g. for benchmarks) live beside the main one.
  distDir: process.env.NEXT_DIST_DIR || '.next',
  async headers() {
    return [
      // Prerendered pages add their own hash-based policy to this one (scripts/csp-hashes.mjs).
      { source: '/:path*', headers: [...commonHeaders, { key: 'Content-Security-Policy', value: onDemandPolicy }] },
      { source: '/_next/static/:path*', headers: [{ key: 'Cache-Control', value: 'public, max-age=31536000, immutable' }] },
      { source: '/images/:path*', headers: [{ key: 'Cache-Control', value: 'public, max-age=86400, stale-while-revalidate=604800' }] },
    ];
  },
};

module.exports = withNextIntl(nextConfig);
