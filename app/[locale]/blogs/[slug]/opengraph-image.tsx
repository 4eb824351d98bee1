import { notFound } from 'next/navigation';
import { hasLocale } from 'next-intl';
import { routing } from '@/i18n/routing';
import { ogImageSize, ogImageType, renderOgImage } from '@/lib/og';
import { postCard } from '@/lib/og-cards';
import { getAllPostParams, getPost } from '@/lib/posts';

export const size = ogImageSize;
export const contentType = ogImageType;

export function generateStaticParams() {
  return getAllPostParams();
}

export default async function Image({ params }: { params: Promise<{ locale: string; slug: string }> }) {
  const { locale, slug } = await params;
  const post = hasLocale(routing.locales, locale) ? getPost(locale, slug) : undefined;
  if (!post) notFound();
  return renderOgImage(await postCard(post));
}
