// Completes a production build (scripts/lib/next-build.mjs): the self-contained server that `next build`
// leaves in <distDir>/standalone needs the hashed assets and public/ beside it
// (https://nextjs.org/docs/app/api-reference/config/next-config-js/output), and every
// prerendered page gets its hash-based Content-Security-Policy. The search index is
// written into the standalone public/pagefind afterwards (scripts/search-index.mjs).
import { cpSync, existsSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { applyCsp } from './csp-hashes.mjs';

const { postsDirectory, remoteMediaOrigins } = createRequire(import.meta.url)('../lib/http/media-hosts.cjs');

/** `env` gives the posts folder (POSTS_DIR) the build read, whose image and video hosts the policies admit. */
export function completeStandalone(root, distDir = '.next', env = process.env) {
  const standalone = join(root, distDir, 'standalone');
  if (!existsSync(join(standalone, 'server.js'))) throw new Error(`${standalone}/server.js is missing: run next build first.`);
  for (const [from, to] of [
    [join(root, distDir, 'static'), join(standalone, distDir, 'static')],
    [join(root, 'public'), join(standalone, 'public')],
  ]) {
    rmSync(to, { recursive: true, force: true });
    if (existsSync(from)) cpSync(from, to, { recursive: true });
  }
  const remoteMedia = remoteMediaOrigins(postsDirectory(env, root));
  for (const build of [join(root, distDir), join(standalone, distDir)]) applyCsp(join(build, 'server', 'app'), remoteMedia);
  return join(standalone, 'server.js');
}
