import { basename, extname } from 'node:path';

/** A post's slug from its file name: lower case, anything outside a-z, 0-9 and - becomes -. */
export function slugFromFileName(path: string): string {
  const name = basename(path, extname(path));
  return name.toLowerCase().replace(/[^a-z0-9-]/g, '-').replace(/-{2,}/g, '-').replace(/^-+|-+$/g, '') || 'post';
}
