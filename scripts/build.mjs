// `npm run build`: `next build` in its two steps under the build's heap limit, then
// the standalone server's assets and the prerendered pages' security policies
// (scripts/lib/next-build.mjs).
import { buildSite } from './lib/next-build.mjs';

process.exit(buildSite().status);
