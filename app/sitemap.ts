import type { MetadataRoute } from 'next';
import { sitemapEntries } from '@/lib/seo/sitemap';

/** /sitemap.xml: every page of every locale with its language alternates. */
export default function sitemap(): MetadataRoute.Sitemap {
  return sitemapEntries();
}
