# The blog as a container: every page and social image is prerendered by `next build`,
# and the runner holds only Next's standalone server (output: 'standalone'), its static
# files and public/. See deploy/README.md.
#
#   docker build --build-arg SITE_URL=https://blog.example.com -t daocloud-blog .
#   docker run --rm -p 3000:3000 daocloud-blog

# --- deps: install exactly the lockfile, dev dependencies included (the build needs TypeScript)
FROM node:20-bookworm-slim AS deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund

# --- build: prerender the site (reads posts/, messages/ and the OG fonts in node_modules)
FROM node:20-bookworm-slim AS build
WORKDIR /app
ENV NEXT_TELEMETRY_DISABLED=1
# The public base URL goes into every canonical link, hreflang, Open Graph tag, feed and
# the sitemap, which are written at build time: one image serves one site URL.
ARG SITE_URL
ENV SITE_URL=${SITE_URL}
# Optional: the repository's web address and branch, for each article's "Edit this page"
# link (README, "Sharing and editing"); without an address, articles have no such link.
ARG SITE_REPOSITORY_URL=
ARG SITE_REPOSITORY_BRANCH=main
ENV SITE_REPOSITORY_URL=${SITE_REPOSITORY_URL} \
    SITE_REPOSITORY_BRANCH=${SITE_REPOSITORY_BRANCH}
COPY --from=deps /app/node_modules ./node_modules
COPY . .
# lib/site.ts cannot parse an empty URL, and a forgotten one would ship localhost links.
RUN test -n "$SITE_URL" || { echo >&2 "SITE_URL is required: docker build --build-arg SITE_URL=https://blog.example.com ."; exit 1; } \
 && npm run typecheck \
 && npm run build

# --- runner: the standalone server only, no npm, no sources, no dev dependencies
FROM node:20-bookworm-slim AS runner
WORKDIR /app
ARG SITE_URL
# SITE_URL again at run time, for the pages rendered on request (the localized 404).
ENV NODE_ENV=production \
    NEXT_TELEMETRY_DISABLED=1 \
    PORT=3000 \
    HOSTNAME=0.0.0.0 \
    SITE_URL=${SITE_URL}

# A numeric uid, so Kubernetes' runAsNonRoot can verify it. The files stay owned by root
# (read-only to the server); only Next's cache folder is writable, as in the cluster where
# the root filesystem is read-only and an emptyDir is mounted there.
RUN groupadd --system --gid 1001 nextjs \
 && useradd --system --uid 1001 --gid nextjs --no-create-home --shell /usr/sbin/nologin nextjs \
 && mkdir -p .next/cache \
 && chown 1001:1001 .next/cache

# The standalone folder holds public/pagefind, the search index `npm run build` wrote.
COPY --from=build /app/.next/standalone ./
COPY --from=build /app/.next/static ./.next/static
COPY --from=build /app/public ./public

USER 1001:1001
EXPOSE 3000

# No curl in slim images: node's fetch asks the health route.
HEALTHCHECK --interval=30s --timeout=5s --start-period=15s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:'+(process.env.PORT||3000)+'/api/health').then(r=>process.exit(r.ok?0:1)).catch(()=>process.exit(1))"]

CMD ["node", "server.js"]
