import type { Metadata } from 'next';
import { getFormatter, getTranslations } from 'next-intl/server';
import { localeParam } from '@/i18n/params';
import { localizedPaths } from '@/lib/seo/alternates';
import { localeSwitchTargets } from '@/lib/navigation/locale-switch';
import { sitePageMetadata } from '@/lib/seo/page-metadata';
import { postsByYear } from '@/lib/content/taxonomy';
import SiteHeader from '@/components/SiteHeader';

type Props = PageProps<'/[locale]/blogs/archive'>;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await localeParam(params);
  const t = await getTranslations({ locale, namespace: 'Archive' });
  return sitePageMetadata(locale, '/blogs/archive', t('title'));
}

/** Every post of the locale, grouped by year, newest first. */
export default async function ArchivePage({ params }: Props) {
  const locale = await localeParam(params);
  const t = await getTranslations({ locale, namespace: 'Archive' });
  const format = await getFormatter({ locale });
  return (
    <>
      <SiteHeader locale={locale} switchTargets={await localeSwitchTargets(locale, localizedPaths('/blogs/archive'))} />
      <main id="main" className="archive">
        <h1>{t('heading')}</h1>
        {postsByYear(locale).map(({ year, posts }) => (
          <section key={year} aria-labelledby={`year-${year}`}>
            <h2 id={`year-${year}`}>{t('year', { year })}</h2>
            <ul>
              {posts.map((post) => (
                <li key={post.slug}>
                  <time dateTime={post.date}>{format.dateTime(new Date(post.date), { month: 'short', day: 'numeric' })}</time>{' '}
                  <a href={`/${locale}/blogs/${post.slug}`}>{post.title}</a>
                </li>
              ))}
            </ul>
          </section>
        ))}
      </main>
    </>
  );
}
