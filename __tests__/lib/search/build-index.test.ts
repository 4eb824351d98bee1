/** @jest-environment node */
import { getPosts } from '@/lib/content/posts';
import { buildSearchIndex } from '@/lib/search/build-index';
import { forEachPosting, IN_HEADING, IN_TITLE, MAX_BODY_COUNT, type SearchDoc } from '@/lib/search/index-format';
import { searchDocOf } from '@/lib/search/post-text';

const ARTICLE = '221008-dce-bg';

function weights(postings: number[] = []): [number, number][] {
  const out: [number, number][] = [];
  forEachPosting(postings, (doc, weight) => out.push([doc, weight]));
  return out;
}

describe('buildSearchIndex on fixture documents', () => {
  const docs: SearchDoc[] = [
    { title: 'Kubernetes basics', url: '/en/blogs/a', headings: ['Pods'], text: 'Pods run containers. Containers, containers.' },
    { title: '裸金属容器', url: '/zh/blogs/b', headings: ['优势'], text: '容器直接部署在物理机上。' },
  ];
  const index = buildSearchIndex(docs);

  it('keeps the documents in order, with only their title, url, headings and text', () => {
    expect(index.version).toBe(1);
    expect(index.docs).toEqual(docs);
    expect(buildSearchIndex([{ ...docs[0], file: 'posts/a/en.mdx' } as SearchDoc]).docs[0]).not.toHaveProperty('file');
  });

  it('records where each term occurs: title and heading flags above the body count', () => {
    expect(weights(index.terms.kubernetes)).toEqual([[0, IN_TITLE]]);
    expect(weights(index.terms.pods)).toEqual([[0, IN_HEADING + 1]]);
    expect(weights(index.terms.containers)).toEqual([[0, 3]]);
    expect(weights(index.terms['容器'])).toEqual([[1, IN_TITLE + 1]]);
    expect(weights(index.terms['物理'])).toEqual([[1, 1]]);
  });

  it('stores each posting as the gap from the previous document, so long lists stay short numbers', () => {
    const three = buildSearchIndex(['a', 'b', 'c'].map((title) => ({ title, url: `/${title}`, headings: [], text: 'shared' })));
    expect(three.terms.shared).toEqual([1, 128 + 1, 128 + 1]);
    expect(weights(three.terms.shared)).toEqual([[0, 1], [1, 1], [2, 1]]);
  });

  it('caps the body count below the heading weight', () => {
    const many = buildSearchIndex([{ title: 't', url: '/u', headings: [], text: 'word '.repeat(100) }]);
    expect(weights(many.terms.word)).toEqual([[0, MAX_BODY_COUNT]]);
    expect(MAX_BODY_COUNT).toBeLessThan(IN_HEADING);
  });

  it('keeps terms that are Object property names as plain terms', () => {
    const odd = buildSearchIndex([{ title: 'constructor', url: '/u', headings: [], text: 'hasOwnProperty valueOf' }]);
    const parsed = JSON.parse(JSON.stringify(odd));
    expect(Object.keys(parsed.terms).sort()).toEqual(['constructor', 'hasownproperty', 'valueof']);
    expect(weights(parsed.terms.constructor)).toEqual([[0, IN_TITLE]]);
  });
});

describe('the index of the real posts', () => {
  const zh = buildSearchIndex(getPosts('zh').map(searchDocOf));
  const en = buildSearchIndex(getPosts('en').map(searchDocOf));

  it('has one document per post, linking to its page in the same locale', () => {
    expect(zh.docs.map((doc) => doc.url)).toContain(`/zh/blogs/${ARTICLE}`);
    expect(en.docs.map((doc) => doc.url)).toContain(`/en/blogs/${ARTICLE}`);
    expect(zh.docs.find((doc) => doc.url.endsWith(ARTICLE))?.title).toBe('DCE 研发背景');
  });

  it('reads the headings and the body as plain text, without markup or JSX', () => {
    const doc = zh.docs.find((d) => d.url.endsWith(ARTICLE))!;
    expect(doc.headings).toEqual(expect.arrayContaining(['云原生浪潮', '容器 vs 虚拟化', 'DCE 与 Kubernetes']));
    expect(doc.text).toContain('也称为裸金属容器');
    expect(doc.text).not.toMatch(/<Figure|<Button|\]\(http|\*\*|^#/);
    // Chinese lines wrapped in the source are joined without a space.
    expect(doc.text).toContain('一切为云而生。');
    expect(doc.text).not.toMatch(/[\u4e00-\u9fff]\n[\u4e00-\u9fff]/);
  });

  it('keeps English words of adjacent blocks apart', () => {
    const doc = en.docs.find((d) => d.url.endsWith(ARTICLE))!;
    expect(doc.headings).toContain('The Cloud-Native Wave');
    expect(doc.text).not.toMatch(/WaveWhat|[a-z]\.[A-Z][a-z]/);
  });

  it('leaks no file path, front matter or server detail into the served JSON', () => {
    for (const index of [zh, en]) {
      const json = JSON.stringify(index);
      expect(json).not.toContain('.mdx');
      expect(json).not.toContain('posts/');
      expect(json).not.toContain(process.cwd());
      expect(json).not.toContain('windsonsea');
    }
  });
});
