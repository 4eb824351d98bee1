import { ogImageSize, ogImageType, renderOgImage } from '@/lib/og';
import { postCard } from '@/lib/og-cards';
import { postFromParams } from '@/lib/post-params';
import { getAllPostParams } from '@/lib/posts';

export const size = ogImageSize;
export const contentType = ogImageType;

export function generateStaticParams() {
  return getAllPostParams();
}

export default async function Image({ params }: { params: Promise<{ locale: string; slug: string }> }) {
  return renderOgImage(await postCard(await postFromParams(params)));
}
