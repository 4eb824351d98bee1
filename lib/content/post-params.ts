import { notFound } from 'next/navigation';
import { localeParam } from '@/i18n/params';
import { getPost, type Post } from './posts';

/** The post a `[locale]/blogs/[slug]` route stands for; any other locale or slug is a 404. */
export async function postFromParams(params: Promise<{ locale: string; slug: string }>): Promise<Post> {
  const locale = await localeParam(params);
  const post = getPost(locale, (await params).slug);
  if (!post) notFound();
  return post;
}
