import type { Metadata } from 'next';
import { routing, type Locale } from '@/i18n/routing';
import { alternatesFor, localizedPaths } from './alternates';
import { feedFormatNames, feedFormats, feedUrl } from './feed-links';
import { ogImageSize, ogImageType } from '../og/format';

/** Open Graph locale names (language_TERRITORY). */
export const ogLocale: Record<Locale, string> = { zh: 'zh_CN', en: 'en_US' };

type PageFacts = {
  locale: Locale;
  /** The page's path without the locale prefix, e.g. `/` or `/blogs/x`. */
  path: string;
  /** Locales the page exists in. */
  locales?: readonly Locale[];
  title: string;
  description: string;
  siteName: string;
  /** The social image's path and its alt text. */
  image: { url: string; alt: string };
};

export type ArticleFacts = PageFacts & {
  publishedTime: string;
  modifiedTime?: string;
  /** Profile URLs (or names, for authors without one); empty for a post that names nobody. */
  authors: string[];
  section: string;
  tags: string[];
};

/** Everything a link preview needs for an ordinary page: title, description, alternates, Open Graph, Twitter. */
export function pageMetadata(facts: PageFacts): Metadata {
  return build(facts, { type: 'website' });
}

/** The same for an article, with its publication facts. */
export function articleMetadata(facts: ArticleFacts): Metadata {
  return build(facts, {
    type: 'article',
    publishedTime: facts.publishedTime,
    ...(facts.modifiedTime ? { modifiedTime: facts.modifiedTime } : {}),
    // No article:author at all rather than the site standing in for a writer nobody named.
    ...(facts.authors.length ? { authors: facts.authors } : {}),
    section: facts.section,
    tags: facts.tags,
  });
}

function build(facts: PageFacts, typeFields: Record<string, unknown>): Metadata {
  const { locale, path, locales = routing.locales, title, description, siteName } = facts;
  const image = { url: facts.image.url, alt: facts.image.alt, ...ogImageSize, type: ogImageType };
  return {
    title,
    description,
    alternates: { ...alternatesFor(locale, path, locales), types: feedLinks(locale, siteName) },
    openGraph: {
      ...typeFields,
      title,
      description,
      siteName,
      url: localizedPaths(path, [locale])[locale],
      locale: ogLocale[locale],
      alternateLocale: locales.filter((other) => other !== locale).map((other) => ogLocale[other]),
      images: [image],
    } as NonNullable<Metadata['openGraph']>,
    twitter: { card: 'summary_large_image', title, description, images: [image] },
  };
}

/** The locale's feeds, announced in every page's <head>. */
function feedLinks(locale: Locale, siteName: string) {
  return Object.fromEntries(
    feedFormatNames.map((format) => [feedFormats[format].type, [{ url: feedUrl(locale, format), title: siteName }]]),
  );
}
