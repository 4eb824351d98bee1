const createNextIntlPlugin = require('next-intl/plugin');
const { postsDirectory, remoteMediaOrigins } = require('./lib/http/media-hosts.cjs');
const { PHASE_DEVELOPMENT_SERVER } = require('next/constants');
const { commonHeaders, commonPolicy, developmentPolicy } = require('./lib/http/security-headers.cjs');
const { OPTIMIZED_IMAGES } = require('./lib/http/optimized-images.cjs');

const withNextIntl = createNextIntlPlugin('./i18n/request.ts');

// The hosts the posts load images and videos from, admitted by the policy (and no others).
const remoteMedia = remoteMediaOrigins(postsDirectory(process.env, __dirname));

/** @type {(phase: string) => import('next').NextConfig} */
const nextConfig = (phase) => ({
  poweredByHeader: false,
  // No ETag: Next.js would hash the whole HTML on every request to make one (a fifth of the
  // server's CPU time on the article page). Pages change only with a deploy, and CDNs keep
  // them for a year (s-maxage); see "Caching" in deploy/README.md.
  generateEtags: false,
  reactStrictMode: true,
  // Files named *.dev.ts(x) exist only under `next dev`: the live preview (README, "Previewing
  // with next dev"). A production build has neither its route nor its client code.
  pageExtensions: ['tsx', 'ts', 'jsx', 'js', ...(phase === PHASE_DEVELOPMENT_SERVER ? ['dev.tsx', 'dev.ts'] : [])],
  // Runs on every page before hydration, Next's error page included, under `next dev` only.
  instrumentationClientInject: phase === PHASE_DEVELOPMENT_SERVER ? ['./lib/live-preview/client.ts'] : [],
  // A self-contained server in .next/standalone for the container image (see Dockerfile).
  output: 'standalone',
  // Lets a second build (another posts folder, e.g. for benchmarks) live beside the main one.
  distDir: process.env.NEXT_DIST_DIR || '.next',
  // Types are checked by `npm run typecheck` in a step of its own (npm test, the Docker
  // build), so the build's peak memory holds no TypeScript checker beside the bundler.
  typescript: { ignoreBuildErrors: true },
  // Prerendering errors of posts name the file and line themselves; without source maps
  // the build worker starts faster and holds less memory.
  enablePrerenderSourceMaps: false,
  // Server errors are logged with bundled (not original) stack frames; the bundler then
  // writes no server source maps. Pages are prerendered in a worker thread of the build
  // process rather than a second Node.js process. Both lower the build's peak memory.
  // The image optimizer serves only the posts' own pictures (Figure's raster images);
  // anything else, /etc/passwd or another host included, is a 4xx rather than a 500.
  images: { localPatterns: [{ pathname: `${OPTIMIZED_IMAGES}**`, search: '' }] },
  experimental: { serverSourceMaps: false, workerThreads: true, globalNotFound: true },
  // Server-only libraries (fonts, feeds, Markdown and highlighting plugins, YAML, schemas)
  // are loaded from node_modules at run time instead of bundled: less for the bundler to
  // hold, and the standalone output traces them into its own node_modules.
  serverExternalPackages: [
    '@shikijs/rehype',
    '@mdi/js',
    'beautiful-mermaid',
    'feed',
    'fontkit',
    'hast-util-from-html',
    'hast-util-to-string',
    'js-yaml',
    'mdast-util-to-string',
    'qrcode-generator',
    'rehype-autolink-headings',
    'rehype-slug',
    'remark-gfm',
    'remark-parse',
    'zod',
  ],
  async headers() {
    return [
      // Prerendered pages add their own hash-based policy to this one (scripts/csp-hashes.mjs).
      // `next dev` gets a looser policy that its error overlay and React's dev build work under.
      {
        source: '/:path*',
        headers: [...commonHeaders, { key: 'Content-Security-Policy', value: phase === PHASE_DEVELOPMENT_SERVER ? developmentPolicy(remoteMedia) : commonPolicy(remoteMedia) }],
      },
      // Next.js itself marks /_next/static immutable for a year in production.
      { source: '/images/:path*', headers: [{ key: 'Cache-Control', value: 'public, max-age=86400, stale-while-revalidate=604800' }] },
      // Search (scripts/search-index.mjs): its index chunks, fragments and per-language metadata are named
      // by their content's hash. Its script, entry file and (gzipped) WebAssembly keep their names.
      { source: '/pagefind/:dir(index|fragment|filter)/:file', headers: [{ key: 'Cache-Control', value: 'public, max-age=31536000, immutable' }] },
      { source: '/pagefind/:file(pagefind\\.[a-z-]+_[0-9a-f]+\\.pf_meta)', headers: [{ key: 'Cache-Control', value: 'public, max-age=31536000, immutable' }] },
    ];
  },
});

module.exports = (phase) => withNextIntl(nextConfig(phase));
