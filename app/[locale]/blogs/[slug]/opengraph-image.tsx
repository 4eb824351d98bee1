import { ogImageSize, ogImageType, renderOgImage } from '@/lib/og/render';
import { postCard } from '@/lib/og/cards';
import { postFromParams } from '@/lib/content/post-params';
import { getAllPostParams } from '@/lib/content/posts';

export const size = ogImageSize;
export const contentType = ogImageType;

export function generateStaticParams() {
  return getAllPostParams();
}

export default async function Image({ params }: { params: Promise<{ locale: string; slug: string }> }) {
  return renderOgImage(await postCard(await postFromParams(params)));
}
