import { repositoryFrom } from './repository';

/** Facts about the site that do not depend on the locale. */
export const site = {
  /** Absolute base of every URL in <head>, feeds and the sitemap. */
  url: new URL(process.env.SITE_URL ?? 'http://localhost:3000'),
  /** Posts per page on the index and every listing. */
  pageSize: 10,
  /** The browser tab's icon, on every page and the 404 page. */
  icons: { icon: { url: '/favicon.svg', type: 'image/svg+xml' } },
  /**
   * Where the site's source is published (SITE_REPOSITORY_URL, SITE_REPOSITORY_BRANCH),
   * for each article's "Edit this page" link; unset, articles have no such link.
   */
  repository: repositoryFrom(process.env),
} as const;

/** An absolute URL on this site for a path such as `/zh/blogs/x`. */
export function absoluteUrl(path: string): string {
  return new URL(path, site.url).toString();
}

/** The canonical, absolute URL of a post's page: what feeds, JSON-LD and the share row give out. */
export function postUrl({ locale, slug }: { locale: string; slug: string }): string {
  return absoluteUrl(`/${locale}/blogs/${slug}`);
}
