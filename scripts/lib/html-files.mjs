import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/** Every `.html` file under `dir`, at any depth (a build's prerendered pages under `server/app`); none if there is no such folder. */
export function htmlFiles(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true })
    .filter((name) => name.endsWith('.html'))
    .sort()
    .map((name) => join(dir, name));
}
