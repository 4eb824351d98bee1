import type { Locale } from '@/i18n/routing';
import { absoluteUrl } from '../site';

/** The three feed formats, their paths under the locale prefix and content types. */
export const feedFormats = {
  rss: { path: 'feed.xml', type: 'application/rss+xml', label: 'RSS' },
  atom: { path: 'atom.xml', type: 'application/atom+xml', label: 'Atom' },
  json: { path: 'feed.json', type: 'application/feed+json', label: 'JSON Feed' },
} as const;

export type FeedFormat = keyof typeof feedFormats;

export const feedFormatNames = Object.keys(feedFormats) as FeedFormat[];

export function feedUrl(locale: Locale, format: FeedFormat): string {
  return absoluteUrl(`/${locale}/${feedFormats[format].path}`);
}
