import { relative } from 'node:path';

/** A post or a data file beside the posts that the site cannot publish; the message names the file and field. */
export class PostError extends Error {
  override name = 'PostError';
}

/** A file's path as error messages name it: relative to the project when inside it. */
export function displayPath(path: string): string {
  return relative(process.cwd(), path) || path;
}
