import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getMessages, getTranslations } from 'next-intl/server';
import { routing, type Locale } from '@/i18n/routing';
import { localeParam } from '@/i18n/params';
import { categoryLabel } from '@/lib/content/category';
import { sitePageMetadata } from '@/lib/seo/page-metadata';
import { laterPages, pageHref, paginate, parsePageParam } from '@/lib/navigation/pagination';
import { getAuthor } from '@/lib/content/posts';
import { tagName } from '@/lib/content/tag-links';
import { site } from '@/lib/site';
import { findTerm, termsOf, type TermKind } from '@/lib/content/taxonomy';
import { termPath } from '@/lib/content/term-slug';
import ListingPage from '@/components/ListingPage';

type Params = { locale: string; term: string; page?: string[] };
type Props = { params: Promise<Params> };

/** Params arrive percent-encoded for non-ASCII segments in some Next versions; compare decoded. */
function decode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

async function resolve(kind: TermKind, params: Promise<Params>) {
  const locale = await localeParam(params);
  const { term: rawTerm, page: segments = [] } = await params;
  const term = findTerm(locale, kind, decode(rawTerm));
  const number = segments.length === 0 ? 1 : segments.length === 2 && segments[0] === 'page' ? parsePageParam(segments[1]) : undefined;
  const page = term && number && !(segments.length && number === 1) ? paginate(term.posts, number, site.pageSize) : undefined;
  if (!term || !page) notFound();
  const locales = routing.locales.filter((other) => findTerm(other, kind, term.slug));
  return { locale, term, page, locales, path: termPath(kind, term.name) };
}

async function displayName(kind: TermKind, locale: Locale, slug: string, name: string): Promise<string> {
  if (kind === 'category') return categoryLabel((await getMessages({ locale })).Category, name);
  if (kind === 'author') return getAuthor(slug)?.name[locale] ?? name;
  return tagName(slug, locale);
}

/** The three exports of a category, tag or author listing route, paginated as `/page/<n>`. */
export function termListing(kind: TermKind) {
  function generateStaticParams(): Params[] {
    return routing.locales.flatMap((locale) =>
      termsOf(locale, kind).flatMap((term) => [
        { locale, term: term.slug, page: [] },
        ...laterPages(term.posts.length, site.pageSize).map((number) => ({ locale, term: term.slug, page: ['page', number] })),
      ]),
    );
  }

  async function headingOf(locale: Locale, slug: string, name: string) {
    const t = await getTranslations({ locale, namespace: 'Listing' });
    return t(kind, { name: await displayName(kind, locale, slug, name) });
  }

  async function generateMetadata({ params }: Props): Promise<Metadata> {
    const { locale, term, page, path, locales } = await resolve(kind, params);
    const t = await getTranslations({ locale, namespace: 'Listing' });
    const heading = await headingOf(locale, term.slug, term.name);
    const title = page.page > 1 ? t('pageTitle', { title: heading, page: page.page }) : heading;
    return sitePageMetadata(locale, pageHref(path, page.page), title, page.page > 1 ? [locale] : locales);
  }

  async function Page({ params }: Props) {
    const { locale, term, page, path, locales } = await resolve(kind, params);
    const t = await getTranslations({ locale, namespace: 'Listing' });
    const author = kind === 'author' ? getAuthor(term.slug) : undefined;
    const intro = (
      <p className="listing-intro">
        {t('postCount', { count: term.posts.length })}
        {author?.url ? (
          <>
            {' · '}
            <a href={author.url}>{t('profile')}</a>
          </>
        ) : null}
      </p>
    );
    return (
      <ListingPage
        locale={locale}
        heading={await headingOf(locale, term.slug, term.name)}
        intro={intro}
        page={page}
        path={path}
        locales={locales}
      />
    );
  }

  return { generateStaticParams, generateMetadata, Page };
}
