import { feedRoute } from '@/lib/feeds';

export const dynamic = 'force-static';

export const { generateStaticParams, GET } = feedRoute('rss');
