import { articleMetadata, ogLocale, pageMetadata } from '@/lib/seo/metadata';

const article = {
  locale: 'en' as const,
  path: '/blogs/a',
  title: 'A title',
  description: 'A description',
  siteName: 'DaoCloud Blog',
  image: { url: '/en/blogs/a/opengraph-image', alt: 'A title' },
  publishedTime: '2022-10-08',
  authors: ['https://github.com/windsonsea'],
  section: 'Blog',
  tags: ['DCE', 'Kubernetes'],
};

describe('articleMetadata', () => {
  it('describes an article in both languages: alternates, locales, article fields and images', () => {
    const metadata = articleMetadata(article);
    expect(metadata.alternates).toMatchObject({
      canonical: '/en/blogs/a',
      languages: { 'zh-CN': '/zh/blogs/a', en: '/en/blogs/a', 'x-default': '/blogs/a' },
    });
    expect(metadata.alternates?.types).toEqual({
      'application/rss+xml': [{ url: 'http://localhost:3000/en/feed.xml', title: 'DaoCloud Blog' }],
      'application/atom+xml': [{ url: 'http://localhost:3000/en/atom.xml', title: 'DaoCloud Blog' }],
      'application/feed+json': [{ url: 'http://localhost:3000/en/feed.json', title: 'DaoCloud Blog' }],
    });
    expect(metadata.openGraph).toMatchObject({
      type: 'article',
      url: '/en/blogs/a',
      siteName: 'DaoCloud Blog',
      locale: 'en_US',
      alternateLocale: ['zh_CN'],
      publishedTime: '2022-10-08',
      authors: ['https://github.com/windsonsea'],
      section: 'Blog',
      tags: ['DCE', 'Kubernetes'],
      images: [{ url: '/en/blogs/a/opengraph-image', alt: 'A title', width: 1200, height: 630, type: 'image/png' }],
    });
    expect(metadata.openGraph).not.toHaveProperty('modifiedTime');
    expect(metadata.twitter).toMatchObject({ card: 'summary_large_image', title: 'A title', description: 'A description' });
  });

  it('lists only its own language for an article without a translation, and the update time when there is one', () => {
    const metadata = articleMetadata({ ...article, locale: 'zh', locales: ['zh'], modifiedTime: '2023-01-05' });
    expect(metadata.alternates).toMatchObject({ canonical: '/zh/blogs/a', languages: {} });
    expect(metadata.openGraph).toMatchObject({ locale: 'zh_CN', alternateLocale: [], modifiedTime: '2023-01-05', url: '/zh/blogs/a' });
  });

  it('has no article:author for a post that names nobody, and keeps the other article fields', () => {
    const metadata = articleMetadata({ ...article, authors: [] });
    expect(metadata.openGraph).not.toHaveProperty('authors');
    expect(metadata.openGraph).toMatchObject({ type: 'article', publishedTime: '2022-10-08', section: 'Blog', tags: ['DCE', 'Kubernetes'] });
  });
});

describe('pageMetadata', () => {
  it('describes the index as a website in its locale', () => {
    const metadata = pageMetadata({ ...article, locale: 'zh', path: '/' });
    expect(metadata.openGraph).toMatchObject({ type: 'website', url: '/zh', locale: 'zh_CN', alternateLocale: ['en_US'] });
    expect(metadata.openGraph).not.toHaveProperty('publishedTime');
    expect(metadata.alternates).toMatchObject({ canonical: '/zh' });
  });

  it('pairs each locale with an Open Graph locale', () => {
    expect(ogLocale).toEqual({ zh: 'zh_CN', en: 'en_US' });
  });
});
