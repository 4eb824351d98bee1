import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { routing } from '@/i18n/routing';
import { localeParam } from '@/i18n/params';
import { sitePageMetadata } from '@/lib/seo/page-metadata';
import { laterPages, paginate, parsePageParam } from '@/lib/navigation/pagination';
import { getPosts } from '@/lib/content/posts';
import { site } from '@/lib/site';
import ListingPage from '@/components/ListingPage';

type Props = PageProps<'/[locale]/page/[page]'>;

// Only the prerendered pages exist; any other number is the site's 404 page.
export const dynamicParams = false;

export function generateStaticParams() {
  return routing.locales.flatMap((locale) => laterPages(getPosts(locale).length, site.pageSize).map((page) => ({ locale, page })));
}

async function resolve(params: Props['params']) {
  const locale = await localeParam(params);
  const number = parsePageParam((await params).page);
  const page = number && number > 1 ? paginate(getPosts(locale), number, site.pageSize) : undefined;
  if (!page) notFound();
  return { locale, page };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, page } = await resolve(params);
  const t = await getTranslations({ locale, namespace: 'Listing' });
  const home = await getTranslations({ locale, namespace: 'HomePage' });
  return sitePageMetadata(locale, `/page/${page.page}`, t('pageTitle', { title: home('title'), page: page.page }), [locale]);
}

export default async function IndexPage({ params }: Props) {
  const { locale, page } = await resolve(params);
  const home = await getTranslations({ locale, namespace: 'HomePage' });
  return <ListingPage locale={locale} heading={home('heading')} page={page} path="/" locales={[...routing.locales]} />;
}
