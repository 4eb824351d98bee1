import { alternatesFor, localizedPaths } from '@/lib/seo/alternates';

describe('alternates', () => {
  it('maps a path to every locale, with the home page at the bare prefix', () => {
    expect(localizedPaths('/')).toEqual({ zh: '/zh', en: '/en' });
    expect(localizedPaths('/blogs/a', ['en'])).toEqual({ en: '/en/blogs/a' });
  });

  it('lists both languages and x-default for a page in both locales', () => {
    expect(alternatesFor('en', '/blogs/a')).toEqual({
      canonical: '/en/blogs/a',
      languages: { 'zh-CN': '/zh/blogs/a', en: '/en/blogs/a', 'x-default': '/blogs/a' },
    });
  });

  it('lists no alternates for a page in one locale', () => {
    expect(alternatesFor('zh', '/blogs/b', ['zh'])).toEqual({ canonical: '/zh/blogs/b', languages: {} });
  });
});
