import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { NEXT_BIN } from './processes.mts';

/** The site's own production build in .next, made once if missing. */
export function ensureSiteBuild(): void {
  if (existsSync(join(process.cwd(), '.next/BUILD_ID'))) return;
  const result = spawnSync(process.execPath, [NEXT_BIN, 'build'], { stdio: 'inherit', env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' } });
  if (result.status !== 0) throw new Error('next build failed');
  // startStandalone copies the assets the standalone server needs.
}
