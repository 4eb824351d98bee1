import type { Metadata } from 'next';
import { getMessages, getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';
import { categoryLabel } from '../content/category';
import { articleMetadata, pageMetadata } from './metadata';
import { authorLinks } from '../content/author-links';
import { tagLinks } from '../content/tag-links';
import { getPostLocales, type PostMeta } from '../content/posts';

/** Metadata of a page that is not an article, with the locale's site card as its image. */
export async function sitePageMetadata(
  locale: Locale,
  path: string,
  title: string,
  locales?: readonly Locale[],
): Promise<Metadata> {
  const site = await getTranslations({ locale, namespace: 'Site' });
  return pageMetadata({
    locale,
    path,
    locales,
    title,
    description: site('description'),
    siteName: site('name'),
    image: { url: `/${locale}/opengraph-image`, alt: site('name') },
  });
}

/** Metadata of an article page, with its own social card. */
export async function postMetadata(post: PostMeta): Promise<Metadata> {
  const site = await getTranslations({ locale: post.locale, namespace: 'Site' });
  const { Category: categories } = await getMessages({ locale: post.locale });
  const path = `/blogs/${post.slug}`;
  return articleMetadata({
    locale: post.locale,
    path,
    locales: getPostLocales(post.slug),
    title: post.title,
    description: post.description,
    siteName: site('name'),
    image: { url: `/${post.locale}${path}/opengraph-image`, alt: post.title },
    publishedTime: post.date,
    modifiedTime: post.updated,
    authors: authorLinks(post, post.locale).map((author) => author.url ?? author.name),
    section: categoryLabel(categories, post.categories[0]),
    tags: tagLinks(post).map((tag) => tag.name),
  });
}
