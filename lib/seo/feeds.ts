import { Feed } from 'feed';
import { createTranslator } from 'next-intl';
import { loadMessages } from '@/i18n/messages';
import { localeParam } from '@/i18n/params';
import { htmlLang, routing, type Locale } from '@/i18n/routing';
import { categoryLabel } from '../content/category';
import { authorLinks } from '../content/author-links';
import { getPosts } from '../content/posts';
import { feedFormats, feedUrl, type FeedFormat } from './feed-links';
import { absoluteUrl, postUrl } from '../site';

/**
 * A locale's posts, newest first, as a feed in one format. Entries carry a
 * summary (the post's description), not the full text: readers follow the
 * link for the article with its figures and interactive parts.
 */
async function buildFeed(locale: Locale, format: FeedFormat): Promise<Feed> {
  const messages = await loadMessages(locale);
  const t = createTranslator({ locale, messages, namespace: 'Site' });
  const posts = getPosts(locale);
  const home = absoluteUrl(`/${locale}`);
  // RFC 4287 4.1.1: an Atom feed must name an author unless every entry names its own, so
  // with a post that names nobody the feed names the site, its publisher. RSS 2.0 and JSON
  // Feed need no author, and there an entry without one gets none, not even inherited.
  const siteAsAuthor = format === 'atom' && posts.some((post) => post.authors.length === 0);
  const feed = new Feed({
    title: t('name'),
    description: t('description'),
    id: home,
    link: home,
    language: htmlLang[locale],
    favicon: absoluteUrl('/favicon.svg'),
    copyright: t('footer'),
    updated: posts[0] ? new Date(posts[0].updated ?? posts[0].date) : new Date(0),
    feedLinks: { rss: feedUrl(locale, 'rss'), atom: feedUrl(locale, 'atom'), json: feedUrl(locale, 'json') },
    ...(siteAsAuthor ? { author: { name: t('name'), link: home } } : {}),
  });
  for (const post of posts) {
    const link = postUrl(post);
    const authors = authorLinks(post, locale);
    feed.addItem({
      title: post.title,
      id: link,
      link,
      description: post.description,
      date: new Date(post.updated ?? post.date),
      published: new Date(post.date),
      // Left out, not empty: the feed package's JSON Feed writer fails on an empty list.
      ...(authors.length ? { author: authors.map(({ name, url }) => ({ name, link: url })) } : {}),
      category: post.categories.map((name) => ({ name: categoryLabel(messages.Category, name) })),
    });
  }
  return feed;
}

/** A locale's feed as text: RSS 2.0, Atom or JSON Feed. */
export async function feedText(locale: Locale, format: FeedFormat): Promise<string> {
  const feed = await buildFeed(locale, format);
  return format === 'rss' ? feed.rss2() : format === 'atom' ? feed.atom1() : feed.json1();
}

/** The feed as the bytes and content type to serve. */
export async function renderFeed(locale: Locale, format: FeedFormat): Promise<Response> {
  return new Response(await feedText(locale, format), { headers: { 'content-type': `${feedFormats[format].type}; charset=utf-8` } });
}

/** The exports of a feed route file: one static file per locale. */
export function feedRoute(format: FeedFormat) {
  return {
    generateStaticParams: () => routing.locales.map((locale) => ({ locale })),
    GET: async (_request: Request, { params }: { params: Promise<{ locale: string }> }) => renderFeed(await localeParam(params), format),
  };
}
