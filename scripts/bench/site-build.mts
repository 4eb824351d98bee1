import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { buildSite } from '../lib/next-build.mjs';

/** The site's own production build in .next, made once if missing. */
export function ensureSiteBuild(): void {
  if (existsSync(join(process.cwd(), '.next/BUILD_ID'))) return;
  if (buildSite().status !== 0) throw new Error('the site build failed');
}
