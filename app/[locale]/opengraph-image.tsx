import { routing } from '@/i18n/routing';
import { localeParam } from '@/i18n/params';
import { ogImageSize, ogImageType, renderOgImage } from '@/lib/og/render';
import { siteCard } from '@/lib/og/cards';

export const size = ogImageSize;
export const contentType = ogImageType;
export const alt = 'DaoCloud';

export function generateStaticParams() {
  return routing.locales.map((locale) => ({ locale }));
}

export default async function Image({ params }: { params: Promise<{ locale: string }> }) {
  return renderOgImage(await siteCard(await localeParam(params)));
}
