// `npm run build`: `next build` in its two steps under the build's heap limit
// (scripts/lib/next-build.mjs), then the standalone server's assets and the
// prerendered pages' security policies.
import { join } from 'node:path';
import { runNextBuild } from './lib/next-build.mjs';
import { completeStandalone } from './standalone-assets.mjs';

const { status } = runNextBuild();
if (status !== 0) process.exit(status);
completeStandalone(join(import.meta.dirname, '..'), process.env.NEXT_DIST_DIR || '.next');
