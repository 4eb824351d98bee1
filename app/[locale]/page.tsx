import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { localeParam } from '@/i18n/params';
import { sitePageMetadata } from '@/lib/seo/page-metadata';
import { paginate } from '@/lib/navigation/pagination';
import { getPosts } from '@/lib/content/posts';
import { site } from '@/lib/site';
import ListingPage from '@/components/ListingPage';
import { routing } from '@/i18n/routing';

export async function generateMetadata({ params }: PageProps<'/[locale]'>): Promise<Metadata> {
  const locale = await localeParam(params);
  const t = await getTranslations({ locale, namespace: 'HomePage' });
  return sitePageMetadata(locale, '/', t('title'));
}

export default async function HomePage({ params }: PageProps<'/[locale]'>) {
  const locale = await localeParam(params);
  const t = await getTranslations({ locale, namespace: 'HomePage' });
  const page = paginate(getPosts(locale), 1, site.pageSize)!;
  return <ListingPage locale={locale} heading={t('heading')} page={page} path="/" locales={[...routing.locales]} />;
}
