import type { Locale } from '@/i18n/routing';
import { getPosts, type Post } from './posts';
import { termSlug } from './term-slug';

/** A category, tag or author with the posts filed under it in one locale, newest first. */
export type Term = { slug: string; name: string; posts: Post[] };

export type TermKind = 'category' | 'tag' | 'author';

function namesOf(post: Post, kind: TermKind): string[] {
  if (kind === 'category') return post.categories;
  if (kind === 'tag') return post.tags;
  return post.authors;
}

/** Every term of a kind used by the locale's posts, most posts first, then by name. */
export function termsOf(locale: Locale, kind: TermKind): Term[] {
  const terms = new Map<string, Term>();
  for (const post of getPosts(locale)) {
    for (const name of namesOf(post, kind)) {
      const slug = kind === 'author' ? name : termSlug(name);
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
