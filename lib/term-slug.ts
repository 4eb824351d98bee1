/**
 * The URL segment of a category or tag: lowercase, spaces as hyphens, other
 * letters (Chinese included) kept, so `cloud native` -> `cloud-native`.
 */
export function termSlug(name: string): string {
  return name
    .trim()
    .toLowerCase()
    .replace(/[\s_]+/g, '-')
    .replace(/[^\p{L}\p{N}.-]/gu, '');
}
