import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { htmlLang, routing } from '@/i18n/routing';
import { site } from '@/lib/site';
import './globals.css';

async function messagesOf(locale: (typeof routing.locales)[number]) {
  const site = await getTranslations({ locale, namespace: 'Site' });
  const t = await getTranslations({ locale, namespace: 'NotFound' });
  return { locale, site, t };
}

const everyLocale = () => Promise.all(routing.locales.map(messagesOf));

// One title in every language (the page's script cannot change it: React owns <title>).
// Next.js adds `noindex` to the 404 page itself.
export async function generateMetadata(): Promise<Metadata> {
  return { title: (await everyLocale()).map(({ t }) => t('title')).join(' · '), icons: site.icons };
}

/**
 * The one 404 page, for every path no page answers. It is prerendered once, so
 * it is served from the build like any page and carries a policy that allows
 * only its own script hashes. It cannot know the path at build time: it holds
 * the message in every locale, each marked with its language, and
 * `/not-found-locale.js` keeps only the one the path asks for (and sets the
 * page's language to it).
 */
export default async function GlobalNotFound() {
  const sections = await everyLocale();
  return (
    <html lang={htmlLang[routing.defaultLocale]} suppressHydrationWarning>
      <head>
        {/* eslint-disable-next-line @next/next/no-sync-scripts -- must run before the first paint, as in the locale layout */}
        <script src="/theme-init.js" />
      </head>
      <body>
        <main className="not-found">
          {sections.map(({ locale, site, t }) => (
            <section key={locale} lang={htmlLang[locale]} data-locale={locale}>
              <a className="site-name" href={`/${locale}`}>
                {site('name')}
              </a>
              <h1>{t('title')}</h1>
              <p>{t('body')}</p>
              <p>
                <a href={`/${locale}`}>{t('backHome')}</a> · <a href={`/${locale}/blogs/archive`}>{site('archive')}</a>
              </p>
            </section>
          ))}
        </main>
        {/* eslint-disable-next-line @next/next/no-sync-scripts -- picks the reader's language before the first paint */}
        <script src="/not-found-locale.js" />
      </body>
    </html>
  );
}
