import type { Metadata } from 'next';
import { htmlLang, routing, type Locale } from '@/i18n/routing';

/** A page's path in each locale it exists in: `/blogs/x` -> { zh: '/zh/blogs/x', ... }. */
export function localizedPaths(path: string, locales: readonly Locale[] = routing.locales): Partial<Record<Locale, string>> {
  return Object.fromEntries(locales.map((locale) => [locale, `/${locale}${path === '/' ? '' : path}`]));
}

/**
 * Canonical URL and hreflang alternates for a page (made absolute by
 * `metadataBase`). x-default is the unprefixed path, which the proxy sends to
 * the reader's language; a page in one locale lists only itself.
 */
export function alternatesFor(locale: Locale, path: string, locales: readonly Locale[] = routing.locales): Metadata['alternates'] {
  const paths = localizedPaths(path, locales);
  const languages: Record<string, string> = {};
  if (locales.length > 1) {
    for (const other of locales) languages[htmlLang[other]] = paths[other]!;
    languages['x-default'] = path;
  }
  return { canonical: paths[locale], languages };
}
