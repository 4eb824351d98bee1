import { htmlLang } from '@/i18n/routing';
import type { PostMeta } from '../content/posts';
import { absoluteUrl, postUrl } from '../site';

export type Crumb = { name: string; path: string };

/** schema.org BreadcrumbList for a trail of pages, last one being the current page. */
export function breadcrumbList(crumbs: Crumb[]) {
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: crumbs.map((crumb, index) => ({
      '@type': 'ListItem',
      position: index + 1,
      name: crumb.name,
      item: absoluteUrl(crumb.path),
    })),
  };
}

type Author = { name: string; url?: string };

/**
 * schema.org BlogPosting for an article page. A post that names no author gets
 * no `author`: Google's Article guidance has no required properties, wants the
 * markup to name the people who wrote it and to match what the page shows
 * (https://developers.google.com/search/docs/appearance/structured-data/article),
 * so the publisher is not put in as a stand-in author. Keywords are the tags'
 * names in the page's language, as the page shows them.
 */
export function blogPosting(post: PostMeta, { authors, keywords }: { authors: Author[]; keywords: string[] }, publisher: string) {
  const url = postUrl(post);
  return {
    '@context': 'https://schema.org',
    '@type': 'BlogPosting',
    headline: post.title,
    description: post.description,
    inLanguage: htmlLang[post.locale],
    datePublished: post.date,
    dateModified: post.updated ?? post.date,
    url,
    mainEntityOfPage: url,
    image: absoluteUrl(`/${post.locale}/blogs/${post.slug}/opengraph-image`),
    ...(authors.length
      ? { author: authors.map((author) => ({ '@type': 'Person', name: author.name, ...(author.url ? { url: author.url } : {}) })) }
      : {}),
    publisher: { '@type': 'Organization', name: publisher },
    ...(keywords.length ? { keywords: keywords.join(', ') } : {}),
  };
}

/** JSON for a <script type="application/ld+json">, with `<` escaped so text cannot close the element. */
export function jsonLdText(data: unknown): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}
