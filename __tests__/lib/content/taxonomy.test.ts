/** @jest-environment node */
import { loadSiteStore } from '../../helpers/load-site-store';
import { post, TAGS, validFields } from '../../helpers/write-posts';
import { termSlug } from '@/lib/content/term-slug';

const files = {
  'a/zh.mdx': post({ ...validFields, date: '2021-03-01', categories: ['blog'], tags: ['containers', 'cloud-native'], authors: ['ada'] }),
  'b/zh.mdx': post({ ...validFields, date: '2023-05-01', categories: ['blog', 'news'], tags: ['containers', 'zh-only'], authors: ['ada', 'lin'] }),
  'c/zh.mdx': post({ ...validFields, date: '2023-01-01', categories: ['news'], authors: ['lin'] }),
  'c/en.mdx': post({ ...validFields, date: '2023-01-01', categories: ['news'], authors: ['lin'], tags: ['containers'] }),
  'tags.json': JSON.stringify(TAGS),
};

describe('taxonomy', () => {
  let taxonomy: typeof import('@/lib/content/taxonomy');
  beforeAll(async () => {
    taxonomy = await loadSiteStore(files, () => import('@/lib/content/taxonomy'));
  });

  it('makes URL segments from names, keeping Chinese', () => {
    expect(termSlug('Cloud Native')).toBe('cloud-native');
    expect(termSlug(' 容器 ')).toBe('容器');
    expect(termSlug('C++/Go')).toBe('cgo');
    expect(termSlug('k8s_1.26')).toBe('k8s-1.26');
  });

  it('lists categories with their posts, most posts first, newest post first', () => {
    const categories = taxonomy.termsOf('zh', 'category');
    expect(categories.map((term) => [term.slug, term.posts.map((p) => p.slug)])).toEqual([
      ['blog', ['b', 'a']],
      ['news', ['b', 'c']],
    ]);
  });

  it('lists tags by id, per locale', () => {
    expect(taxonomy.termsOf('zh', 'tag').map(({ slug, posts }) => [slug, posts.map((p) => p.slug)])).toEqual([
      ['containers', ['b', 'a']],
      ['cloud-native', ['a']],
      ['zh-only', ['b']],
    ]);
    expect(taxonomy.termsOf('en', 'tag').map(({ slug, posts }) => [slug, posts.map((p) => p.slug)])).toEqual([['containers', ['c']]]);
  });

  it('finds a tag by the same id in each language that uses it, so its pages pair up', () => {
    expect(taxonomy.findTerm('zh', 'tag', 'containers')?.slug).toBe('containers');
    expect(taxonomy.findTerm('en', 'tag', 'containers')?.slug).toBe('containers');
    expect(taxonomy.findTerm('zh', 'tag', 'zh-only')?.posts.map((p) => p.slug)).toEqual(['b']);
    expect(taxonomy.findTerm('en', 'tag', 'zh-only')).toBeUndefined();
    // The name is not a second way in: the URL is the id.
    expect(taxonomy.findTerm('zh', 'tag', '容器')).toBeUndefined();
  });

  it('lists authors by id, per locale', () => {
    expect(taxonomy.termsOf('zh', 'author').map((term) => [term.slug, term.posts.length])).toEqual([
      ['ada', 2],
      ['lin', 2],
    ]);
    expect(taxonomy.findTerm('en', 'author', 'lin')?.posts.map((p) => p.slug)).toEqual(['c']);
    expect(taxonomy.findTerm('en', 'author', 'ada')).toBeUndefined();
  });

  it('groups posts by year, newest first', () => {
    expect(taxonomy.postsByYear('zh').map(({ year, posts }) => [year, posts.map((p) => p.slug)])).toEqual([
      ['2023', ['b', 'c']],
      ['2021', ['a']],
    ]);
  });
});

describe('taxonomy with posts that name no author', () => {
  let taxonomy: typeof import('@/lib/content/taxonomy');
  beforeAll(async () => {
    taxonomy = await loadSiteStore(
      {
        'signed/zh.mdx': post({ ...validFields, date: '2022-01-01', authors: ['ada'] }),
        'imported/zh.mdx': post({ ...validFields, date: '2023-01-01', tags: ['containers'], authors: [] }),
        'imported/en.mdx': post({ ...validFields, date: '2023-01-01', tags: ['containers'], authors: [] }),
        'tags.json': JSON.stringify(TAGS),
      },
      () => import('@/lib/content/taxonomy'),
    );
  });

  it('files them under no author, and makes no author page for nobody', () => {
    expect(taxonomy.termsOf('zh', 'author').map((term) => [term.slug, term.posts.map((p) => p.slug)])).toEqual([['ada', ['signed']]]);
    expect(taxonomy.termsOf('en', 'author')).toEqual([]);
    expect(taxonomy.findTerm('en', 'author', '')).toBeUndefined();
  });

  it('still lists them under their categories and tags and in the archive', () => {
    expect(taxonomy.findTerm('zh', 'category', 'blog')?.posts.map((p) => p.slug)).toEqual(['imported', 'signed']);
    expect(taxonomy.findTerm('en', 'tag', 'containers')?.posts.map((p) => p.slug)).toEqual(['imported']);
    expect(taxonomy.postsByYear('en').map(({ year, posts }) => [year, posts.map((p) => p.slug)])).toEqual([['2023', ['imported']]]);
  });
});
