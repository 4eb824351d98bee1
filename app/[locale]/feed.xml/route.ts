import { feedRoute } from '@/lib/seo/feeds';

export const dynamic = 'force-static';

export const { generateStaticParams, GET } = feedRoute('rss');
