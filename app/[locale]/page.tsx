import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { localeParam } from '@/i18n/params';
import { localizedPaths } from '@/lib/alternates';
import { localeSwitchTargets } from '@/lib/locale-switch';
import { authorLinks } from '@/lib/author-links';
import { sitePageMetadata } from '@/lib/page-metadata';
import { getPosts } from '@/lib/posts';
import PostList from '@/components/PostList';
import SiteHeader from '@/components/SiteHeader';

export async function generateMetadata({ params }: PageProps<'/[locale]'>): Promise<Metadata> {
  const locale = await localeParam(params);
  const t = await getTranslations({ locale, namespace: 'HomePage' });
  return sitePageMetadata(locale, '/', t('title'));
}

export default async function HomePage({ params }: PageProps<'/[locale]'>) {
  const locale = await localeParam(params);
  const t = await getTranslations({ locale, namespace: 'HomePage' });
  const items = getPosts(locale).map((post) => ({ post, authors: authorLinks(post, locale) }));
  return (
    <>
      <SiteHeader locale={locale} switchTargets={await localeSwitchTargets(locale, localizedPaths('/'))} />
      <main id="main" className="home">
        <h1>{t('heading')}</h1>
        <PostList items={items} />
      </main>
    </>
  );
}
