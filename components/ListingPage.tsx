import type { ReactNode } from 'react';
import type { Locale } from '@/i18n/routing';
import { authorLinks } from '@/lib/content/author-links';
import { tagLinks } from '@/lib/content/tag-links';
import { localeSwitchTargets } from '@/lib/navigation/locale-switch';
import type { Page } from '@/lib/navigation/pagination';
import type { Post } from '@/lib/content/posts';
import Pagination from './Pagination';
import PostList from './PostList';
import SiteHeader from './SiteHeader';

type Props = {
  locale: Locale;
  heading: string;
  /** Text under the heading, e.g. an author's profile link. */
  intro?: ReactNode;
  page: Page<Post>;
  /** The listing's path without locale, for pagination links and the language switch. */
  path: string;
  /** Locales this listing exists in (a tag may exist in one only). */
  locales: Locale[];
};

/** A paginated list of posts: the index, a category, a tag or an author. */
export default async function ListingPage({ locale, heading, intro, page, path, locales }: Props) {
  const base = `/${locale}${path === '/' ? '' : path}`;
  const paths = Object.fromEntries(locales.map((other) => [other, `/${other}${path === '/' ? '' : path}`]));
  const items = page.items.map((post) => ({ post, authors: authorLinks(post, locale), tags: tagLinks(post) }));
  return (
    <>
      <SiteHeader locale={locale} switchTargets={await localeSwitchTargets(locale, paths)} />
      <main id="main" className="listing">
        <h1>{heading}</h1>
        {intro}
        <PostList items={items} />
        <Pagination base={base} page={page.page} totalPages={page.totalPages} />
      </main>
    </>
  );
}
