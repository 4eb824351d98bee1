/** @jest-environment node */
import { loadSiteStore } from '../../helpers/load-site-store';
import { post, validFields } from '../../helpers/write-posts';

const files = {
  'signed/zh.mdx': post({ ...validFields, date: '2024-05-01', authors: ['ada', 'lin'] }),
  'signed/en.mdx': post({ ...validFields, title: 'Signed', date: '2024-05-01', authors: ['ada'] }),
  'imported/zh.mdx': post({ ...validFields, date: '2024-06-01', authors: [] }),
  'imported/en.mdx': post({ ...validFields, title: 'Imported', date: '2024-06-01', authors: [] }),
};

describe('postCard', () => {
  let site: { cards: typeof import('@/lib/og/cards'); posts: typeof import('@/lib/content/posts') };
  beforeAll(async () => {
    site = await loadSiteStore(files, async () => ({ cards: await import('@/lib/og/cards'), posts: await import('@/lib/content/posts') }));
  });

  const card = (locale: 'zh' | 'en', slug: string) => site.cards.postCard(site.posts.getPost(locale, slug)!);

  it('puts the category, the date and the authors in their locale on the small line', async () => {
    expect((await card('zh', 'signed')).details).toEqual(['博客', '2024年5月1日', '阿达、林']);
    expect((await card('en', 'signed')).details).toEqual(['Blog', 'May 1, 2024', 'Ada']);
  });

  it.each(['zh', 'en'] as const)('leaves the authors off the small line of a %s post that names nobody', async (locale) => {
    const { details, title } = await card(locale, 'imported');
    expect(title).toBe(locale === 'zh' ? validFields.title : 'Imported');
    expect(details).toEqual(locale === 'zh' ? ['博客', '2024年6月1日'] : ['Blog', 'June 1, 2024']);
  });
});
