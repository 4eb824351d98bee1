/** @jest-environment node */
import { readPosts } from '@/lib/content/post-store';
import { post, TAGS, validFields, writePosts } from '../../helpers/write-posts';

function read(files: Record<string, string>, includeDrafts = false) {
  return readPosts({ dir: writePosts(files), includeDrafts });
}

function errorOf(files: Record<string, string>): string {
  try {
    read(files);
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('expected the posts to be rejected');
}

describe('readPosts: listing', () => {
  it('lists every post of every locale, newest first, from the folder names', () => {
    const { posts } = read({
      'old-post/zh.mdx': post({ ...validFields, date: '2020-01-01' }),
      'new-post/zh.mdx': post({ ...validFields, date: '2024-03-02' }),
      'new-post/en.mdx': post({ ...validFields, title: 'New', date: '2024-03-02' }),
      'mid-post/en.mdx': post({ ...validFields, title: 'Mid', date: '2022-06-15T08:00:00+08:00' }),
    });
    expect(posts.map((p) => `${p.locale}/${p.slug}`)).toEqual(['en/new-post', 'zh/new-post', 'en/mid-post', 'zh/old-post']);
  });

  it('keeps the front matter values and defaults the optional ones', () => {
    const [only] = read({ 'a/zh.mdx': post() }).posts;
    expect(only).toMatchObject({
      slug: 'a',
      locale: 'zh',
      title: '容器的故事',
      date: '2024-05-01',
      categories: ['blog'],
      authors: ['ada'],
      tags: [],
      draft: false,
      file: expect.stringMatching(/a\/zh\.mdx$/),
    });
    expect(only.updated).toBeUndefined();
  });

  it('takes a post without authors, absent or an empty list, as naming nobody', () => {
    const withoutAuthors = Object.fromEntries(Object.entries(validFields).filter(([field]) => field !== 'authors'));
    const { posts } = read({
      'absent/zh.mdx': post(withoutAuthors),
      'empty/zh.mdx': post({ ...validFields, authors: [] }),
    });
    expect(posts.map((p) => [p.slug, p.authors])).toEqual([
      ['absent', []],
      ['empty', []],
    ]);
  });

  it('needs no authors table for posts that name nobody', () => {
    const { posts } = readPosts({ dir: writePosts({ 'a/en.mdx': post({ ...validFields, authors: [] }) }, null), includeDrafts: false });
    expect(posts.map((p) => p.authors)).toEqual([[]]);
  });

  it('reads tags as ids, with the tags table beside the posts', () => {
    const { posts, tags } = read({
      'a/zh.mdx': post({ ...validFields, tags: ['containers', 'zh-only'] }),
      'a/en.mdx': post({ ...validFields, tags: ['containers'] }),
      'tags.json': JSON.stringify(TAGS),
    });
    expect(posts.map((p) => [p.locale, p.tags])).toEqual([
      ['en', ['containers']],
      ['zh', ['containers', 'zh-only']],
    ]);
    // A tag only Chinese posts use needs no English name.
    expect(tags['zh-only'].name).toEqual({ zh: '只有中文' });
    expect(tags.containers.name).toEqual({ zh: '容器', en: 'containers' });
  });

  it('needs no tags table for posts without tags', () => {
    expect(read({ 'a/en.mdx': post() }).tags).toEqual({});
  });

  it('leaves drafts out unless asked to include them', () => {
    const files = {
      'draft/zh.mdx': post({ ...validFields, draft: true }),
      'final/zh.mdx': post(),
    };
    expect(read(files).posts.map((p) => p.slug)).toEqual(['final']);
    expect(read(files, true).posts.map((p) => p.slug).sort()).toEqual(['draft', 'final']);
  });

  it('ignores files that are not MDX and folders starting with _ or .', () => {
    const { posts } = read({
      'a/zh.mdx': post(),
      'a/notes.txt': 'not a post',
      '_drafts/zh.mdx': post(),
      '.cache/zh.mdx': post(),
    });
    expect(posts.map((p) => p.slug)).toEqual(['a']);
  });

  it('derives reading time and an excerpt from the body', () => {
    const body = `${'云原生容器化平台正迅速成为现代应用架构的基础。'.repeat(40)}\n\n## 小节\n\n${'容器'.repeat(200)}\n`;
    const [only] = read({ 'a/zh.mdx': post(validFields, body) }).posts;
    // 22 characters x 40 + 400 = 1280 CJK characters at 400 a minute.
    expect(only.readingMinutes).toBe(3);
    expect(only.excerpt.startsWith('云原生容器化平台')).toBe(true);
    expect(only.excerpt.endsWith('…')).toBe(true);
  });

  it('keeps the file line numbers in the body so MDX errors point at the right line', () => {
    const source = post(validFields, 'first line\n');
    const [only] = read({ 'a/zh.mdx': source }).posts;
    const lineInFile = source.split('\n').indexOf('first line');
    expect(lineInFile).toBeGreaterThan(5);
    expect(only.body.split('\n').indexOf('first line')).toBe(lineInFile);
    expect(only.body).not.toContain('title:');
  });
});

describe('readPosts: invalid posts fail with the file, the field and what was expected', () => {
  const cases: [string, Record<string, unknown>, RegExp][] = [
    ['missing title', { ...validFields, title: undefined }, /field "title": expected a title as text/],
    ['empty title', { ...validFields, title: '  ' }, /field "title": expected a title, got an empty value/],
    ['date not ISO', { ...validFields, date: 'yesterday' }, /field "date": expected an ISO 8601 date/],
    ['date that does not exist', { ...validFields, date: '2022-02-30' }, /field "date": .*does not exist/],
    ['missing description', { ...validFields, description: undefined }, /field "description": expected a one-sentence description/],
    ['categories not a list', { ...validFields, categories: 'blog' }, /field "categories": expected a list of categories$/],
    ['no category', { ...validFields, categories: [] }, /field "categories": expected at least one category/],
    ['authors not a list', { ...validFields, authors: 'ada' }, /field "authors": expected a list of author ids/],
    ['unknown author', { ...validFields, authors: ['ghost'] }, /field "authors": unknown author id "ghost".*known: ada, lin/],
    ['unknown author beside a known one', { ...validFields, authors: ['ada', 'ghost'] }, /field "authors": unknown author id "ghost" /],
    ['empty author id', { ...validFields, authors: [' '] }, /field "authors\.0": expected author id, got an empty value/],
    ['tags not a list', { ...validFields, tags: 'k8s' }, /field "tags": expected a list of tag ids/],
    ['a tag written as a name, not an id', { ...validFields, tags: ['容器'] }, /field "tags\.0": expected a tag id from posts\/tags\.json \(lowercase a-z, 0-9 and single -\), got "容器"/],
    ['a tag id with capitals', { ...validFields, tags: ['Cloud-Native'] }, /field "tags\.0": expected a tag id .*got "Cloud-Native"/],
    ['unknown tag', { ...validFields, tags: ['containers', 'ghost'] }, /field "tags": unknown tag id "ghost" \(add it to posts\/tags\.json with its name, e\.g\. "ghost": \{ "name": \{ "en": "\.\.\." \} \}\)/],
    ['a tag with no name in the language of the post', { ...validFields, tags: ['zh-only'] }, /field "tags": tag "zh-only" has no en name in posts\/tags\.json \(add "en": "\.\.\." to its "name"\)/],
    ['draft not a boolean', { ...validFields, draft: 'yes' }, /field "draft": expected true or false/],
    ['updated not a date', { ...validFields, updated: 'soon' }, /field "updated": expected an ISO 8601 date/],
    ['unknown field', { ...validFields, categorie: 'x' }, /: line \d+: unknown field "categorie" \(the fields are title, date, description, categories, authors, tags, draft, updated\)$/],
  ];

  it.each(cases)('%s', (_name, fields, expected) => {
    const defined = Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined));
    const message = errorOf({ 'broken-post/en.mdx': post(defined), 'tags.json': JSON.stringify(TAGS) });
    expect(message).toMatch(/broken-post\/en\.mdx: /);
    expect(message).toMatch(expected);
  });

  it('names the line a bad field is written on', () => {
    const source = post({ ...validFields, date: 'yesterday' });
    const line = source.split('\n').indexOf('date: "yesterday"') + 1;
    expect(line).toBeGreaterThan(1);
    expect(errorOf({ 'a/zh.mdx': source })).toMatch(new RegExp(`a/zh\\.mdx: line ${line}: field "date": expected an ISO 8601 date`));
  });

  it('rejects a file without front matter', () => {
    expect(errorOf({ 'a/zh.mdx': '# Just text\n' })).toMatch(/a\/zh\.mdx: missing front matter/);
  });

  it('rejects front matter that is not YAML', () => {
    expect(errorOf({ 'a/zh.mdx': '---\ntitle: [unclosed\n---\ntext\n' })).toMatch(/a\/zh\.mdx: front matter is not valid YAML/);
  });

  it('rejects a post with no text', () => {
    expect(errorOf({ 'a/zh.mdx': post(validFields, '\n  \n') })).toMatch(/a\/zh\.mdx: the post has front matter but no text/);
  });

  it('rejects a file named after a locale the site does not have', () => {
    expect(errorOf({ 'a/fr.mdx': post() })).toMatch(/a\/fr\.mdx: "fr" is not a site locale \(expected one of zh, en\)/);
  });

  it('rejects a folder name that cannot be a URL slug', () => {
    expect(errorOf({ 'My Post/zh.mdx': post() })).toMatch(/folder name "My Post" is not a valid slug/);
  });

  it.each([
    ['an id that is not URL-safe', { 容器: { name: { zh: '容器' } } }, /tags\.json: field "容器": expected an id of lowercase letters, digits and single -/],
    ['a tag with no name at all', { containers: { name: {} } }, /tags\.json: field "containers\.name": expected a name in at least one language/],
    ['an empty name', { containers: { name: { zh: ' ' } } }, /tags\.json: field "containers\.name\.zh": expected a name, got an empty value/],
    ['a language the site does not have', { containers: { name: { fr: 'conteneurs' } } }, /tags\.json: field "containers\.name": expected names in zh, en only$/],
    ['not JSON', '{ "containers": ', /tags\.json: not valid JSON/],
  ])('rejects a tags table with %s, naming the file and the tag', (_name, tags, expected) => {
    const dir = writePosts({ 'a/zh.mdx': post(), 'tags.json': typeof tags === 'string' ? tags : JSON.stringify(tags) });
    expect(() => readPosts({ dir, includeDrafts: false })).toThrow(expected);
  });

  it('rejects an authors table with a bad profile URL', () => {
    const dir = writePosts({ 'a/zh.mdx': post() }, { ada: { name: { zh: '阿达', en: 'Ada' }, url: 'not a url' } });
    expect(() => readPosts({ dir, includeDrafts: false })).toThrow(/authors\.json: field "ada\.url": expected an absolute profile URL/);
  });

  it('rejects an author without a name in every locale', () => {
    const dir = writePosts({ 'a/zh.mdx': post() }, { ada: { name: { zh: '阿达' } } });
    expect(() => readPosts({ dir, includeDrafts: false })).toThrow(/authors\.json: field "ada\.name\.en"/);
  });
});

describe('readPosts: one message per problem', () => {
  it('reports a malformed date once', () => {
    const message = errorOf({ 'a/en.mdx': post({ ...validFields, date: 'tomorrow' }) });
    expect(message.split('\n')).toHaveLength(1);
  });
});
