/** @jest-environment node */
import { loadSiteStore } from '../../helpers/load-site-store';
import { post, TAGS, validFields } from '../../helpers/write-posts';

const files = {
  'both/zh.mdx': post({ ...validFields, date: '2022-10-08', tags: ['containers', 'zh-only'] }),
  'both/en.mdx': post({ ...validFields, date: '2022-10-08', updated: '2023-01-05', tags: ['containers'] }),
  'zh-only/zh.mdx': post({ ...validFields, date: '2020-01-01' }),
  'tags.json': JSON.stringify(TAGS),
};

describe('sitemap', () => {
  let entries: ReturnType<typeof import('@/lib/seo/sitemap').sitemapEntries>;
  beforeAll(async () => {
    entries = (await loadSiteStore(files, () => import('@/lib/seo/sitemap'))).sitemapEntries();
  });
  const entry = (url: string) => entries.find((candidate) => candidate.url === `http://localhost:3000${url}`);

  it('lists every page of both locales with absolute URLs', () => {
    const urls = entries.map((candidate) => candidate.url.replace('http://localhost:3000', ''));
    expect(urls).toEqual(
      expect.arrayContaining(['/zh', '/en', '/zh/blogs/archive', '/en/blogs/archive', '/zh/blogs/both', '/en/blogs/both', '/zh/blogs/zh-only', '/zh/blogs/category/blog', '/en/blogs/category/blog', '/zh/blogs/tag/containers', '/en/blogs/tag/containers', '/zh/blogs/tag/zh-only', '/zh/blogs/author/ada']),
    );
    expect(urls).not.toContain('/en/blogs/zh-only');
    expect(urls).not.toContain('/en/blogs/tag/zh-only');
    expect(new Set(urls).size).toBe(urls.length);
  });

  it('gives pages in both locales their hreflang alternates', () => {
    const languages = { 'zh-CN': 'http://localhost:3000/zh/blogs/both', en: 'http://localhost:3000/en/blogs/both' };
    expect(entry('/zh/blogs/both')?.alternates).toEqual({ languages });
    expect(entry('/en/blogs/both')?.alternates).toEqual({ languages });
    expect(entry('/zh')?.alternates?.languages).toEqual({ 'zh-CN': 'http://localhost:3000/zh', en: 'http://localhost:3000/en' });
    // A tag used in both languages is one page in each, under the same id.
    const tag = { 'zh-CN': 'http://localhost:3000/zh/blogs/tag/containers', en: 'http://localhost:3000/en/blogs/tag/containers' };
    expect(entry('/zh/blogs/tag/containers')?.alternates).toEqual({ languages: tag });
    expect(entry('/en/blogs/tag/containers')?.alternates).toEqual({ languages: tag });
  });

  it('lists no alternates for a page in one locale', () => {
    expect(entry('/zh/blogs/zh-only')?.alternates).toBeUndefined();
    expect(entry('/zh/blogs/tag/zh-only')?.alternates).toBeUndefined();
  });

  it('dates each page by its latest change', () => {
    expect(entry('/zh/blogs/zh-only')?.lastModified).toBe('2020-01-01');
    expect(entry('/en/blogs/both')?.lastModified).toBe('2023-01-05');
    expect(entry('/zh')?.lastModified).toBe('2023-01-05');
  });
});
