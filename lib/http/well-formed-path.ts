/**
 * Whether every `%` escape in a URL path decodes to UTF-8 text. Next's router
 * answers a path it cannot decode (`/zh/%c0%ae`, `/%zz`) with a bare 500, so
 * the proxy turns those into a 400 first.
 */
export function isWellFormedPath(pathname: string): boolean {
  try {
    decodeURIComponent(pathname);
    return true;
  } catch {
    return false;
  }
}
