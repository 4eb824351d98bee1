/** @jest-environment node */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readPosts } from '@/lib/content/post-store';
import { importPosts, type ImportOptions } from '@/lib/import/import-posts';

const FIXTURE = join(__dirname, '../../fixtures/mkdocs-blog');

let root: string;
let docs: string;
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'import-'));
  docs = join(root, 'docs');
  cpSync(FIXTURE, docs, { recursive: true });
  mkdirSync(join(root, 'posts'));
  writeFileSync(join(root, 'posts/authors.json'), JSON.stringify({ ada: { name: { zh: '阿达', en: 'Ada' } } }));
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

function run(options: Partial<ImportOptions> = {}) {
  const log: string[] = [];
  return importPosts({
    sources: {
      zh: { docsDir: join(docs, 'zh/docs'), baseUrl: 'https://docs.example.com/' },
      en: { docsDir: join(docs, 'en/docs'), baseUrl: 'https://docs.example.com/en/' },
    },
    blog: 'blogs',
    postsDir: join(root, 'posts'),
    publicDir: join(root, 'public'),
    dryRun: false,
    force: false,
    offline: true,
    directoryUrls: false,
    log: (line) => log.push(line),
    ...options,
  }).then((report) => ({ report, log }));
}

const tree = (dir: string): string[] =>
  existsSync(dir) ? readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name).slice(dir.length + 1)).sort() : [];

describe('importPosts on the fixture blog', () => {
  // The first import of a file pays for loading every converter, the MDX compiler among them.
  it('writes every post, pairs translations and their tags, copies images and merges authors', async () => {
    const { report, log } = await run();
    expect(report.failed).toEqual([]);
    expect(log[0]).toMatch(/^\[1\/5\] /);
    expect(tree(join(root, 'posts'))).toEqual([
      '240301-constructs/en.mdx',
      '240301-constructs/zh.mdx',
      '240302-second/en.mdx',
      '240302-second/zh.mdx',
      'authors.json',
      'only-chinese/zh.mdx',
      'tags.json',
    ]);
    expect(report.pairs).toBe(2);
    // The translations' diagrams differ, their logos are the same file.
    expect(tree(join(root, 'public'))).toEqual(['images/240301-constructs/demo.mp4', 'images/240301-constructs/diagram.en.png', 'images/240301-constructs/diagram.png', 'images/240301-constructs/logo.png']);
    const authors = JSON.parse(readFileSync(join(root, 'posts/authors.json'), 'utf8'));
    expect(authors).toEqual({ ada: { name: { zh: '阿达', en: 'Ada' } }, 'fixture-writer': { name: { zh: '示例作者', en: '示例作者' } } });
    // What was written is what the site reads.
    const { posts } = readPosts({ dir: join(root, 'posts'), includeDrafts: false });
    expect(posts.map((post) => `${post.slug}/${post.locale}`).sort()).toEqual(['240301-constructs/en', '240301-constructs/zh', '240302-second/en', '240302-second/zh', 'only-chinese/zh']);
    const second = posts.find((post) => post.slug === '240302-second' && post.locale === 'zh')!;
    expect(second).toMatchObject({ title: '第二篇文章', date: '2024-03-02', categories: ['新闻'], authors: [] });
    const zh = readFileSync(join(root, 'posts/240301-constructs/zh.mdx'), 'utf8');
    expect(zh).toContain('<Button href="/zh/blogs/240302-second#后续" variant="default">了解更多</Button>');
    expect(zh).toContain('[第二篇](/zh/blogs/240302-second)');
    expect(readFileSync(join(root, 'posts/240301-constructs/en.mdx'), 'utf8')).toContain('<Figure src="/images/240301-constructs/diagram.en.png"');
    // 容器 and containers are the first tag of a post and its translation: one tag, by its English name.
    // 边缘计算 is a tag of a post only in Chinese: its id is its pinyin, and it has a Chinese name only.
    expect(JSON.parse(readFileSync(join(root, 'posts/tags.json'), 'utf8'))).toEqual({
      containers: { name: { zh: '容器', en: 'containers' } },
      'bian-yuan-ji-suan': { name: { zh: '边缘计算' } },
    });
    expect(posts.find((post) => post.slug === 'only-chinese')?.tags).toEqual(['bian-yuan-ji-suan']);
    expect(posts.filter((post) => post.slug === '240301-constructs').map((post) => post.tags)).toEqual([['containers'], ['containers']]);
  }, 30_000);

  it('gives tags already in tags.json their ids, and adds names in the language they lacked', async () => {
    writeFileSync(join(root, 'posts/tags.json'), JSON.stringify({ ctr: { name: { zh: '容器' } } }));
    const { report } = await run();
    expect(JSON.parse(readFileSync(join(root, 'posts/tags.json'), 'utf8'))).toEqual({ ctr: { name: { zh: '容器', en: 'containers' } }, 'bian-yuan-ji-suan': { name: { zh: '边缘计算' } } });
    expect(readFileSync(join(root, 'posts/240301-constructs/en.mdx'), 'utf8')).toMatch(/^tags:\n {2}- ctr$/m);
    expect(report.format()).toContain('Tags added to tags.json: bian-yuan-ji-suan (边缘计算)\nTags given a name in another language: ctr');
  });

  it('says which translations it could not pair the tags of, and gives each language its own', async () => {
    const en = join(docs, 'en/docs/blogs/2024/240301-constructs.md');
    writeFileSync(en, readFileSync(en, 'utf8').replace('tags:\n   - containers\n', 'tags:\n   - containers\n   - CNCF\n'));
    const { report } = await run();
    expect(report.failed).toEqual([]);
    expect(report.format()).toMatch(/en\/docs\/blogs\/2024\/240301-constructs\.md: tags not paired with the translation's: its languages list different numbers of tags \(zh 1, en 2\)/);
    expect(JSON.parse(readFileSync(join(root, 'posts/tags.json'), 'utf8'))).toEqual({
      'rong-qi': { name: { zh: '容器' } },
      containers: { name: { en: 'containers' } },
      cncf: { name: { en: 'CNCF' } },
      'bian-yuan-ji-suan': { name: { zh: '边缘计算' } },
    });
  });

  it('reports what it did, with files and lines', async () => {
    const { report } = await run();
    const text = report.format();
    expect(text).toContain('Posts written: 5');
    expect(text).toContain('Translations paired: 2');
    expect(text).toContain('Authors added to authors.json: fixture-writer');
    expect(text).toContain('Tags added to tags.json: bian-yuan-ji-suan (边缘计算), containers (容器 / containers)');
    // Each file once, though a post and its translation both show some of them.
    const files = readdirSync(join(root, 'public/images'), { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile());
    expect(text).toMatch(new RegExp(`Images: ${files.length} files copied, 0 downloaded, 0 addresses left remote`));
    expect(files.length).toBe(4);
    expect(text).toMatch(/zh\/docs\/blogs\/2024\/only-chinese\.md: title from the first # heading; date from the file's modification time/);
    expect(text).toMatch(/Front matter keys dropped: 2\n.*240301-constructs\.md: hide/);
    expect(text).toMatch(/zh\/docs\/blogs\/2024\/240301-constructs\.md:70: icon :octicons-book-16: has no SVG here and was dropped/);
  });

  it('leaves existing posts alone unless --force, and gives the same output when run again', async () => {
    mkdirSync(join(root, 'posts/240302-second'));
    writeFileSync(join(root, 'posts/240302-second/zh.mdx'), 'hand-made');
    const first = await run();
    expect(first.report.outcomes.filter((o) => o.status === 'skipped').map((o) => 'reason' in o && o.reason)).toEqual([expect.stringMatching(/240302-second\/zh\.mdx exists \(--force replaces it\)$/)]);
    expect(readFileSync(join(root, 'posts/240302-second/zh.mdx'), 'utf8')).toBe('hand-made');
    const before = readFileSync(join(root, 'posts/240301-constructs/zh.mdx'), 'utf8');
    const forced = await run({ force: true });
    expect(forced.report.failed).toEqual([]);
    expect(readFileSync(join(root, 'posts/240302-second/zh.mdx'), 'utf8')).toContain('title: 第二篇文章');
    expect(readFileSync(join(root, 'posts/240301-constructs/zh.mdx'), 'utf8')).toBe(before);
  });

  it('writes nothing on a dry run, and reports everything', async () => {
    const { report } = await run({ dryRun: true });
    expect(report.outcomes.filter((o) => o.status === 'would-write')).toHaveLength(5);
    expect(tree(join(root, 'posts'))).toEqual(['authors.json']);
    expect(report.format()).toContain('Tags added to tags.json: bian-yuan-ji-suan (边缘计算), containers (容器 / containers)');
    expect(tree(join(root, 'public'))).toEqual([]);
    expect(report.format()).toContain('Posts that would be written (dry run): 5');
  });

  it('imports one language alone; an author only the other language defines is unknown', async () => {
    const { report } = await run({ sources: { en: { docsDir: join(docs, 'en/docs') } } });
    expect(report.outcomes.filter((o) => o.status === 'written').map((o) => o.slug)).toEqual(['240302-second']);
    expect(report.failed.map((o) => 'reason' in o && o.reason)).toEqual([expect.stringMatching(/240301-constructs\.md: .*field "authors": unknown author id "fixture-writer"/)]);
    expect(report.pairs).toBe(0);
  });
});

describe('importPosts with bad input', () => {
  it.each([
    ['invalid YAML', 'broken-yaml.md', '---\ntitle: [unclosed\n---\n\n# T\n\ntext\n', /broken-yaml\.md:\d+: front matter is not valid YAML/],
    ['an unknown author', 'stranger.md', '---\nauthors: [nobody]\n---\n\n# T\n\ntext\n', /stranger\.md: .*field "authors": unknown author id "nobody"/],
    ['no title', 'untitled.md', 'Just text.\n', /untitled\.md: no title/],
    ['a component the site rejects', 'bad-button.md', '# T\n\ntext\n\n[x](ftp://example.com/file){ .md-button }\n', /bad-button\.md: .*<Button> href/],
  ])('fails a post with %s, naming it, writing no folder for it and importing the rest', async (_name, file, source, reason) => {
    writeFileSync(join(docs, 'zh/docs/blogs/2024', file), source);
    const { report } = await run();
    expect(report.failed.map((o) => 'reason' in o && o.reason)).toEqual([expect.stringMatching(reason)]);
    expect(existsSync(join(root, 'posts', file.replace('.md', '')))).toBe(false);
    expect(report.outcomes.filter((o) => o.status === 'written')).toHaveLength(5);
  });

  it('fails a file it cannot read', async () => {
    symlinkSync(join(root, 'nowhere.md'), join(docs, 'zh/docs/blogs/2024/dangling.md'));
    const { report } = await run();
    expect(report.failed.map((o) => 'reason' in o && o.reason)).toEqual([expect.stringMatching(/dangling\.md: ENOENT/)]);
  });

  it('fails two files that would share a slug', async () => {
    mkdirSync(join(docs, 'zh/docs/blogs/2025'));
    writeFileSync(join(docs, 'zh/docs/blogs/2025/only-chinese.md'), '# 重名\n\n正文\n');
    const { report } = await run();
    expect(report.failed.map((o) => 'reason' in o && o.reason)).toEqual([expect.stringMatching(/2025\/only-chinese\.md: its slug "only-chinese" is already taken by 2024\/only-chinese\.md/)]);
  });

  it('refuses a docs folder without the blog folder', async () => {
    await expect(run({ blog: 'news' })).rejects.toThrow(/news: no such folder/);
  });
});
