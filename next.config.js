const createNextIntlPlugin = require('next-intl/plugin');

const withNextIntl = createNextIntlPlugin('./i18n/request.ts');

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  // A self-contained server in .next/standalone for the container image (see Dockerfile).
  output: 'standalone',
  // Lets a second build (another posts folder, e.g. for benchmarks) live beside the main one.
  distDir: process.env.NEXT_DIST_DIR || '.next',
};

module.exports = withNextIntl(nextConfig);
