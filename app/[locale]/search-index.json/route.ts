import { hasLocale } from 'next-intl';
import { routing } from '@/i18n/routing';
import { getPosts } from '@/lib/content/posts';
import { buildSearchIndex } from '@/lib/search/build-index';
import { searchDocOf } from '@/lib/search/post-text';

/**
 * One locale's search index, written at build time and served as a static
 * file; the search box fetches it only when the reader opens search.
 */
export const dynamic = 'force-static';
export const dynamicParams = false;

export function generateStaticParams() {
  return routing.locales.map((locale) => ({ locale }));
}

export async function GET(_request: Request, { params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) return new Response(null, { status: 404 });
  return Response.json(buildSearchIndex(getPosts(locale).map(searchDocOf)));
}
