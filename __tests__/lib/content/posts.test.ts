/** @jest-environment node */
import { loadSiteStore } from '../../helpers/load-site-store';
import { post, validFields } from '../../helpers/write-posts';

/** The site's store, pointed at a temporary posts folder. */
function loadStore(files: Record<string, string>, nodeEnv = 'production') {
  return loadSiteStore(files, () => import('@/lib/content/posts'), nodeEnv);
}

const files = {
  'first/zh.mdx': post({ ...validFields, title: '第一篇', date: '2021-01-01' }),
  'first/en.mdx': post({ ...validFields, title: 'First', date: '2021-01-01' }),
  'second/zh.mdx': post({ ...validFields, title: '第二篇', date: '2022-01-01' }),
  'third/zh.mdx': post({ ...validFields, title: '第三篇', date: '2023-01-01' }),
  'secret/zh.mdx': post({ ...validFields, title: '草稿', date: '2024-01-01', draft: true }),
};

describe('the site post store', () => {
  let store: Awaited<ReturnType<typeof loadStore>>;
  beforeAll(async () => {
    store = await loadStore(files);
  });

  it('lists one locale newest first', () => {
    expect(store.getPosts('zh').map((p) => p.title)).toEqual(['第三篇', '第二篇', '第一篇']);
    expect(store.getPosts('en').map((p) => p.title)).toEqual(['First']);
  });

  it('finds a post by locale and slug', () => {
    expect(store.getPost('en', 'first')?.title).toBe('First');
    expect(store.getPost('en', 'second')).toBeUndefined();
  });

  it('returns nothing for slugs that are not folders, including path tricks', () => {
    for (const slug of ['missing', '../first', 'first/../first', '..%2Ffirst', '', '.', 'authors.json']) {
      expect(store.getPost('zh', slug)).toBeUndefined();
    }
  });

  it('knows which locales a post exists in', () => {
    expect(store.getPostLocales('first')).toEqual(['zh', 'en']);
    expect(store.getPostLocales('second')).toEqual(['zh']);
    expect(store.getPostLocales('nope')).toEqual([]);
  });

  it('gives the older and newer neighbours within a locale', () => {
    const { older, newer } = store.getAdjacentPosts('zh', 'second');
    expect(older?.slug).toBe('first');
    expect(newer?.slug).toBe('third');
    expect(store.getAdjacentPosts('zh', 'third').newer).toBeUndefined();
    expect(store.getAdjacentPosts('en', 'first')).toEqual({ older: undefined, newer: undefined });
  });

  it('lists every locale and slug for static generation, without drafts in production', () => {
    expect(store.getAllPostParams()).toEqual(
      expect.arrayContaining([
        { locale: 'zh', slug: 'first' },
        { locale: 'en', slug: 'first' },
        { locale: 'zh', slug: 'second' },
        { locale: 'zh', slug: 'third' },
      ]),
    );
    expect(store.getAllPostParams()).toHaveLength(4);
  });

  it('resolves author ids from the authors table', () => {
    expect(store.getAuthor('ada')?.name.en).toBe('Ada');
    expect(store.getAuthor('nobody')).toBeUndefined();
  });
});

describe('drafts in next dev', () => {
  it('are listed while developing', async () => {
    const store = await loadStore(files, 'development');
    expect(store.getPosts('zh')[0].title).toBe('草稿');
  });
});

describe('a broken post in next dev', () => {
  const broken = { ...files, 'second/zh.mdx': post({ ...validFields, title: '第二篇', date: 'not-a-date' }) };

  it('stays in the static paths, so that its own page shows the error', async () => {
    const store = await loadStore(broken, 'development');
    expect(store.getAllPostParams()).toEqual(expect.arrayContaining([{ locale: 'zh', slug: 'second' }, { locale: 'zh', slug: 'secret' }]));
    expect(store.getAllPostParams()).toHaveLength(5);
    expect(() => store.getPost('zh', 'second')).toThrow(/second\/zh\.mdx: line \d+: field "date"/);
  });

  it('fails the production build', async () => {
    const store = await loadStore(broken);
    expect(() => store.getAllPostParams()).toThrow(/second\/zh\.mdx/);
  });
});

describe("a post's file in the repository", () => {
  /** The store as the site loads it with POSTS_DIR set to `postsDir` (or unset), without reading any post. */
  async function storeWith(postsDir: string | undefined) {
    const env = process.env as Record<string, string | undefined>;
    const saved = env.POSTS_DIR;
    if (postsDir === undefined) delete env.POSTS_DIR;
    else env.POSTS_DIR = postsDir;
    try {
      let store!: typeof import('@/lib/content/posts');
      await jest.isolateModulesAsync(async () => {
        store = await import('@/lib/content/posts');
      });
      return store;
    } finally {
      env.POSTS_DIR = saved;
    }
  }

  it("is posts/<slug>/<locale>.mdx when the posts are the repository's posts folder", async () => {
    for (const dir of [undefined, 'posts', './posts/']) {
      expect((await storeWith(dir)).repositoryPath({ slug: 'first', locale: 'en' })).toBe('posts/first/en.mdx');
    }
  });

  it('is absent for posts read from another folder, which are in no repository', async () => {
    const store = await loadStore(files);
    expect(store.repositoryPath(store.getPost('zh', 'first')!)).toBeUndefined();
  });
});
