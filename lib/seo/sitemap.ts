import type { MetadataRoute } from 'next';
import { htmlLang, routing, type Locale } from '@/i18n/routing';
import { laterPages } from '../navigation/pagination';
import { getPosts, type Post } from '../content/posts';
import { absoluteUrl, site } from '../site';
import { termsOf } from '../content/taxonomy';
import { termPath, type TermKind } from '../content/term-slug';

type Entry = MetadataRoute.Sitemap[number];

/** A page given by its path without locale, the locales it exists in and when its content last changed. */
type Page = { path: string; locales: readonly Locale[]; lastModified?: string };

const lastChange = (posts: Post[]) => posts.map((post) => post.updated ?? post.date).sort().at(-1);

function pagesOfListing(path: string, perLocale: Map<Locale, Post[]>): Page[] {
  const locales = [...perLocale.keys()];
  const pages: Page[] = [{ path, locales, lastModified: lastChange([...perLocale.values()].flat()) }];
  for (const [locale, posts] of perLocale) {
    for (const number of laterPages(posts.length, site.pageSize)) pages.push({ path: `${path}/page/${number}`, locales: [locale], lastModified: lastChange(posts) });
  }
  return pages;
}

function allPages(): Page[] {
  const postsOf = new Map(routing.locales.map((locale) => [locale, getPosts(locale)]));
  const pages: Page[] = [...pagesOfListing('/', postsOf), { path: '/blogs/archive', locales: routing.locales, lastModified: lastChange([...postsOf.values()].flat()) }];
  const versionsOf = new Map<string, Post[]>();
  for (const post of [...postsOf.values()].flat()) versionsOf.set(post.slug, [...(versionsOf.get(post.slug) ?? []), post]);
  for (const [slug, versions] of versionsOf) {
    pages.push({ path: `/blogs/${slug}`, locales: versions.map((post) => post.locale), lastModified: lastChange(versions) });
  }
  for (const kind of ['category', 'tag', 'author'] as TermKind[]) {
    // Keyed by listing path: a term with one slug is one page in every locale that uses it.
    const terms = new Map<string, Map<Locale, Post[]>>();
    for (const locale of routing.locales) {
      for (const term of termsOf(locale, kind)) {
        const path = termPath(kind, term.name);
        terms.set(path, (terms.get(path) ?? new Map()).set(locale, term.posts));
      }
    }
    for (const [path, perLocale] of terms) pages.push(...pagesOfListing(path, perLocale));
  }
  return pages;
}

const localized = (locale: Locale, path: string) => absoluteUrl(`/${locale}${path === '/' ? '' : path}`);

/** One sitemap entry per page and locale; pages in several locales list each other as alternates. */
export function sitemapEntries(): Entry[] {
  return allPages().flatMap(({ path, locales, lastModified }) =>
    locales.map((locale): Entry => ({
      url: localized(locale, path),
      ...(lastModified ? { lastModified } : {}),
      ...(locales.length > 1
        ? { alternates: { languages: Object.fromEntries(locales.map((other) => [htmlLang[other], localized(other, path)])) } }
        : {}),
    })),
  );
}
