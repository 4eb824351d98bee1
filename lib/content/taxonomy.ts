import type { Locale } from '@/i18n/routing';
import { getPosts, type Post } from './posts';
import { termSegment, type TermKind } from './term-slug';

export type { TermKind };

/** A category, tag or author with the posts filed under it in one locale, newest first. */
export type Term = { slug: string; name: string; posts: Post[] };

function namesOf(post: Post, kind: TermKind): string[] {
  if (kind === 'category') return post.categories;
  if (kind === 'tag') return post.tags;
  return post.authors;
}

const termsByPosts = new WeakMap<Post[], Map<TermKind, Term[]>>();

/**
 * Every term of a kind used by the locale's posts, most posts first, then by
 * name. Worked out once per set of loaded posts: every listing page asks.
 */
export function termsOf(locale: Locale, kind: TermKind): Term[] {
  const posts = getPosts(locale);
  const byKind = termsByPosts.get(posts) ?? new Map<TermKind, Term[]>();
  termsByPosts.set(posts, byKind);
  if (!byKind.has(kind)) byKind.set(kind, collectTerms(posts, kind, locale));
  return byKind.get(kind)!;
}

function collectTerms(posts: Post[], kind: TermKind, locale: Locale): Term[] {
  const terms = new Map<string, Term>();
  for (const post of posts) {
    for (const name of namesOf(post, kind)) {
      const slug = termSegment(kind, name);
      const term = terms.get(slug) ?? { slug, name, posts: [] };
      term.posts.push(post);
      terms.set(slug, term);
    }
  }
  return [...terms.values()].sort((a, b) => b.posts.length - a.posts.length || a.name.localeCompare(b.name, locale));
}

export function findTerm(locale: Locale, kind: TermKind, slug: string): Term | undefined {
  return termsOf(locale, kind).find((term) => term.slug === slug);
}

/** The locale's posts grouped by the year they were published, newest year first. */
export function postsByYear(locale: Locale): { year: string; posts: Post[] }[] {
  const years = new Map<string, Post[]>();
  for (const post of getPosts(locale)) {
    const year = post.date.slice(0, 4);
    years.set(year, [...(years.get(year) ?? []), post]);
  }
  return [...years.entries()].sort(([a], [b]) => b.localeCompare(a)).map(([year, posts]) => ({ year, posts }));
}
