import { realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * Whether the module at `moduleUrl` is the script node was started with. Paths are
 * compared, not URLs, so a checkout under a folder with spaces, Chinese characters
 * or a symlink still counts (a URL would be percent-encoded).
 */
export function isMain(moduleUrl) {
  if (!process.argv[1]) return false;
  return realpathSync(fileURLToPath(moduleUrl)) === realpathSync(process.argv[1]);
}
