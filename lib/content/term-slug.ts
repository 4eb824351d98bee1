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

export type TermKind = 'category' | 'tag' | 'author';

/** A term's URL segment: an author's id as it is, a category or tag through termSlug. */
export function termSegment(kind: TermKind, name: string): string {
  return kind === 'author' ? name : termSlug(name);
}

/** A term listing's path without the locale, e.g. `/blogs/tag/cloud-native`. */
export function termPath(kind: TermKind, name: string): string {
  return `/blogs/${kind}/${termSegment(kind, name)}`;
}
