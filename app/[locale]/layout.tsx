import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { htmlLang, routing } from '@/i18n/routing';
import { localeParam } from '@/i18n/params';
import { site } from '@/lib/site';
import SiteFooter from '@/components/SiteFooter';
import '../globals.css';

export const dynamicParams = false;

export function generateStaticParams() {
  return routing.locales.map((locale) => ({ locale }));
}

// Every page sets its own title, description, alternates and social card; the
// layout adds what they share.
export async function generateMetadata({ params }: LayoutProps<'/[locale]'>): Promise<Metadata> {
  const locale = await localeParam(params);
  const t = await getTranslations({ locale, namespace: 'Site' });
  return {
    metadataBase: site.url,
    title: { template: `%s | ${t('name')}`, default: t('name') },
    icons: site.icons,
  };
}

export default async function LocaleLayout({ children, params }: LayoutProps<'/[locale]'>) {
  const locale = await localeParam(params);
  return (
    // The theme script sets data-theme on <html> before React hydrates it.
    <html lang={htmlLang[locale]} suppressHydrationWarning>
      <head>
        {/* eslint-disable-next-line @next/next/no-sync-scripts -- must run before the first paint to avoid a flash of the wrong theme */}
        <script src="/theme-init.js" />
      </head>
      <body>
        {children}
        <SiteFooter locale={locale} />
      </body>
    </html>
  );
}
