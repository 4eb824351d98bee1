/** @jest-environment node */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseMarkdown } from '@/lib/content/plain-text';
import { describeFromBody } from '@/lib/import/description';
import { deriveFrontMatter, isoDate, splitFrontMatter } from '@/lib/import/front-matter';
import { ImportError } from '@/lib/import/import-error';

let root: string;
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'front-matter-'));
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

function fileAt(name: string, modified = new Date('2021-06-15T12:00:00Z')): string {
  const path = join(root, name);
  writeFileSync(path, '# x\n');
  utimesSync(path, modified, modified);
  return path;
}

const derive = (data: Record<string, unknown>, name = 'post.md', extra: { heading?: string; opening?: string } = { heading: '标题', opening: '开头。' }) =>
  deriveFrontMatter({ data, path: fileAt(name), ...extra });

describe('splitFrontMatter', () => {
  it('reads YAML front matter and says where the body starts', () => {
    const { data, body, bodyLine } = splitFrontMatter('---\nhide:\n  - toc\n---\n\n# 标题\n');
    expect(data).toEqual({ hide: ['toc'] });
    expect(body).toBe('\n# 标题\n');
    expect(bodyLine).toBe(5);
  });

  it('names the line of invalid YAML', () => {
    expect(() => splitFrontMatter('---\ntitle: ok\ntags: [a, b\n---\n')).toThrow(ImportError);
    try {
      splitFrontMatter('---\ntitle: ok\ntags: [a, b\n---\n');
    } catch (error) {
      expect((error as ImportError).line).toBeGreaterThanOrEqual(3);
      expect((error as ImportError).message).toMatch(/^front matter is not valid YAML/);
    }
  });
});

describe('deriveFrontMatter', () => {
  it('takes the title from the first heading, else from the front matter', () => {
    expect(derive({ title: '旧标题' }).frontMatter.title).toBe('标题');
    expect(derive({ title: '旧标题' }, 'post.md', { opening: '开头。' }).frontMatter.title).toBe('旧标题');
    expect(() => derive({}, 'post.md', { opening: '开头。' })).toThrow(/no title/);
  });

  it.each([
    ['the front matter date', { date: new Date('2023-05-04T00:00:00Z') }, 'post.md', '2023-05-04', undefined],
    ['a date written as text', { date: '2023-5-4' }, 'post.md', '2023-05-04', undefined],
    ['the blog plugin’s date.created', { date: { created: new Date('2022-01-02T00:00:00Z') } }, 'post.md', '2022-01-02', undefined],
    ['a YYMMDD- file name', {}, '230315-install.md', '2023-03-15', 'the file name'],
    ['a YYYYMMDD- file name', {}, '20221008-dce.md', '2022-10-08', 'the file name'],
    ['the file’s modification time', {}, 'no-date.md', '2021-06-15', "the file's modification time"],
  ])('dates a post from %s', (_name, data, name, date, from) => {
    const { frontMatter, derived } = derive(data, name);
    expect(frontMatter.date).toBe(date);
    expect(derived.find((d) => d.field === 'date')?.from).toBe(from);
  });

  it("says to check a date from the file when the file's year folder disagrees", () => {
    mkdirSync(join(root, '2025'));
    mkdirSync(join(root, '2021'));
    const elsewhere = derive({}, '2025/no-date.md').derived.find((d) => d.field === 'date')?.from;
    expect(elsewhere).toBe("the file's modification time (2021-06-15, but the file is in the folder 2025/: check it)");
    expect(derive({}, '2021/no-date.md').derived.find((d) => d.field === 'date')?.from).toBe("the file's modification time");
  });

  it('dates a post in a git checkout by its first commit', () => {
    const git = (...args: string[]) => execFileSync('git', args, { cwd: root, stdio: 'ignore', env: { ...process.env, GIT_AUTHOR_DATE: '2020-02-03T10:00:00Z', GIT_COMMITTER_DATE: '2020-02-03T10:00:00Z' } });
    git('init', '-q');
    fileAt('committed.md');
    git('add', '.');
    git('-c', 'user.name=t', '-c', 'user.email=t@example.com', 'commit', '-q', '-m', 'add');
    const { frontMatter, derived } = deriveFrontMatter({ data: {}, path: join(root, 'committed.md'), heading: 't', opening: 'o' });
    expect(frontMatter.date).toBe('2020-02-03');
    expect(derived).toContainEqual({ field: 'date', from: 'the first git commit of the file' });
  });

  it('rejects a front matter date that is not a date', () => {
    expect(() => derive({ date: 'soon' })).toThrow(/field "date"/);
  });

  it('maps categories, tags, authors and last_updated, and lists the keys it drops', () => {
    const { frontMatter, dropped } = derive({ category: '新闻', tags: ['容器', 'k8s'], authors: 'ada', last_updated: '2024-02-01', hide: ['toc'], MTPE: 'x' });
    expect(frontMatter).toMatchObject({ categories: ['新闻'], tags: ['rong-qi', 'k8s'], authors: ['ada'], updated: '2024-02-01' });
    expect(dropped).toEqual(['hide', 'MTPE']);
  });

  it('writes tags as the ids it is given for their names, each once', () => {
    const ids: Record<string, string> = { 容器: 'containers', Containers: 'containers', 云原生: 'cloud-native' };
    const { frontMatter } = deriveFrontMatter({ data: { tags: ['容器', 'Containers', '云原生'] }, heading: 'T', opening: 'O', path: fileAt('post.md'), tagId: (name) => ids[name] });
    expect(frontMatter.tags).toEqual(['containers', 'cloud-native']);
  });

  it('defaults the category to blog and never invents an author', () => {
    const { frontMatter, derived } = derive({});
    expect(frontMatter.categories).toEqual(['blog']);
    expect(frontMatter).not.toHaveProperty('authors');
    expect(derived).toContainEqual({ field: 'categories', from: 'the default, blog' });
  });

  it('keeps a description that is given, else uses the opening paragraph', () => {
    expect(derive({ description: '给定的' }).frontMatter.description).toBe('给定的');
    const { frontMatter, derived } = derive({});
    expect(frontMatter.description).toBe('开头。');
    expect(derived).toContainEqual({ field: 'description', from: 'the opening paragraph' });
  });
});

describe('describeFromBody', () => {
  it('keeps a short opening paragraph whole, joining Chinese lines', () => {
    expect(describeFromBody(parseMarkdown('![图](a.png)\n\n第一句，\n接着写。\n\n第二段。'))).toBe('第一句，接着写。');
  });

  it('passes over a byline', () => {
    expect(describeFromBody(parseMarkdown('# 标题\n\n作者: Shiming Zhang (DaoCloud), Wei Huang (Apple)\n\n__kwok__ 是一个工具。'))).toBe('kwok 是一个工具。');
  });

  it('cuts Chinese at a sentence end within about 120 characters', () => {
    const sentence = '这是一个十九个字长的完整中文句子示例。';
    const description = describeFromBody(parseMarkdown(sentence.repeat(10)))!;
    expect(description.endsWith('。')).toBe(true);
    expect(Array.from(description).length).toBeLessThanOrEqual(120);
    expect(Array.from(description).length).toBeGreaterThan(90);
  });

  it('cuts English at a sentence end within about 160 characters', () => {
    const description = describeFromBody(parseMarkdown('This sentence is exactly forty chars ok. '.repeat(8)))!;
    expect(description.endsWith('.')).toBe(true);
    expect(description.length).toBeLessThanOrEqual(160);
  });

  it('keeps a first sentence a little over the limit whole, and cuts one far over it', () => {
    const sentence = `As AI workloads drive ${'ever more '.repeat(11)}demand for compute, CNCF has launched a certification standard.`;
    expect(sentence.length).toBeGreaterThan(160);
    expect(sentence.length).toBeLessThanOrEqual(200);
    expect(describeFromBody(parseMarkdown(`${sentence} It builds on the baseline.`))).toBe(sentence);
    const tooLong = `As AI workloads drive ${'ever more '.repeat(20)}demand for compute, CNCF has launched a standard.`;
    expect(describeFromBody(parseMarkdown(tooLong))).toMatch(/…$/);
  });

  it('cuts Chinese without a sentence end after a clause, never inside a Latin word', () => {
    const description = describeFromBody(parseMarkdown(`${'定义了人工智能场景专属的功能'.repeat(7)}，以及 API 和配置要求`.repeat(2)))!;
    expect(description).toMatch(/功能…$/);
    const noClause = describeFromBody(parseMarkdown(`${'字'.repeat(117)}APIs and more`))!;
    expect(noClause).toBe(`${'字'.repeat(117)}…`);
  });

  it('cuts text without a sentence end at a word, with an ellipsis', () => {
    const description = describeFromBody(parseMarkdown('word '.repeat(60)))!;
    expect(description).toMatch(/word…$/);
    expect(description.length).toBeLessThanOrEqual(161);
  });
});

describe('isoDate', () => {
  it('accepts only days that exist', () => {
    expect(isoDate('2023-02-28')).toBe('2023-02-28');
    expect(isoDate('2023-02-30')).toBeUndefined();
    expect(isoDate(42)).toBeUndefined();
  });
});
