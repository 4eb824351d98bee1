import { defineRouting } from 'next-intl/routing';

/**
 * The one description of the site's locales. Every URL carries its locale
 * (`/zh/...`, `/en/...`), so a CDN can cache pages without varying on
 * cookies or headers; `proxy.ts` only redirects paths that lack a prefix.
 */
/** Remembers an explicit language choice; set by the language switch, read by the proxy. */
export const localeCookie = { name: 'NEXT_LOCALE', maxAge: 60 * 60 * 24 * 365, sameSite: 'lax' } as const;

export const routing = defineRouting({
  locales: ['zh', 'en'],
  defaultLocale: 'zh',
  localePrefix: 'always',
  // Pages declare their own hreflang alternates in <head>; the proxy never sees them.
  alternateLinks: false,
  localeCookie,
});

export type Locale = (typeof routing.locales)[number];

/** BCP 47 tags for `<html lang>` and hreflang: Chinese pages are Simplified Chinese. */
export const htmlLang: Record<Locale, string> = { zh: 'zh-CN', en: 'en' };
