/**
 * The URL segment of a category: lowercase, spaces as hyphens, other
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

/** A term's URL segment: an author's or tag's id as it is, a category's name through termSlug. */
export function termSegment(kind: TermKind, name: string): string {
  return kind === 'category' ? termSlug(name) : name;
}

/** A term listing's path without the locale, e.g. `/blogs/tag/cloud-native`. */
export function termPath(kind: TermKind, name: string): string {
  return `/blogs/${kind}/${termSegment(kind, name)}`;
}
