/** @jest-environment node */
import { getPosts } from '@/lib/content/posts';
import { buildSearchIndex } from '@/lib/search/build-index';
import type { SearchDoc } from '@/lib/search/index-format';
import { searchDocOf } from '@/lib/search/post-text';
import { loadIndex, parseQuery, search, type LoadedIndex } from '@/lib/search/query';

const ARTICLE = '221008-dce-bg';

function indexOf(docs: SearchDoc[]): LoadedIndex {
  // Through JSON, as the browser gets it.
  return loadIndex(JSON.parse(JSON.stringify(buildSearchIndex(docs))));
}

const urls = (index: LoadedIndex, query: string) => search(index, parseQuery(query)).map((hit) => hit.doc.url);

describe('search over the real posts', () => {
  const zh = indexOf(getPosts('zh').map(searchDocOf));
  const en = indexOf(getPosts('en').map(searchDocOf));
  const article = (locale: string) => `/${locale}/blogs/${ARTICLE}`;

  it.each(['容器', '裸金属', '云原生', '元宇宙概念', '裸金属容器', '容', 'DCE 容器', 'kube', 'Kubernetes'])('zh: "%s" finds the article', (query) => {
    expect(urls(zh, query)).toContain(article('zh'));
  });

  it.each(['kube', 'Kubernetes', 'KUBERNETES', 'bare-metal', 'bare metal', 'container', 'cncf certified'])('en: "%s" finds the article', (query) => {
    expect(urls(en, query)).toContain(article('en'));
  });

  it.each(['量子计算', '裸金融', '金属裸'])('zh: "%s" (not in any post) finds nothing', (query) => {
    expect(urls(zh, query)).toEqual([]);
  });

  it.each(['xyzzyplugh', 'kubernetesx', 'bare-metalworks', 'constructor', '__proto__', 'toString'])('en: "%s" finds nothing', (query) => {
    expect(urls(en, query)).toEqual([]);
  });

  it('finds nothing for an empty or punctuation-only query', () => {
    expect(urls(zh, '')).toEqual([]);
    expect(urls(zh, '  ，。 ')).toEqual([]);
  });

  it('searches only the index of its locale', () => {
    expect(urls(en, '容器')).toEqual([]);
  });
});

describe('matching', () => {
  const index = indexOf([
    { title: 'Alpha', url: '/a', headings: [], text: '裸金属 and 容器 are far apart: 金属 裸' },
    { title: 'Beta', url: '/b', headings: [], text: 'Kubernetes on bare metal' },
  ]);

  it('requires every word of the query (AND)', () => {
    expect(urls(index, 'kubernetes metal')).toEqual(['/b']);
    expect(urls(index, 'kubernetes alpha')).toEqual([]);
  });

  it('checks that a longer Chinese query occurs as written, not just its bigrams', () => {
    expect(urls(index, '裸金属')).toEqual(['/a']);
    expect(urls(index, '属裸')).toEqual([]);
  });

  it('matches words by prefix, not in the middle', () => {
    expect(urls(index, 'kub')).toEqual(['/b']);
    expect(urls(index, 'ernetes')).toEqual([]);
  });

  it('ignores repeated words in the query', () => {
    expect(parseQuery('Kube kube KUBE')).toEqual([{ text: 'kube', cjk: false }]);
  });
});

describe('ranking', () => {
  const index = indexOf([
    { title: 'Notes', url: '/body-many', headings: [], text: 'container '.repeat(20) },
    { title: 'Notes', url: '/heading', headings: ['Container images'], text: 'about images' },
    { title: 'Container basics', url: '/title', headings: [], text: 'short' },
    { title: '随笔', url: '/zh-body', headings: [], text: '容器容器容器容器容器' },
    { title: '容器入门', url: '/zh-title', headings: [], text: '简介' },
    { title: '更早的笔记', url: '/older', headings: [], text: 'container once' },
    { title: '更新的笔记', url: '/newer', headings: [], text: 'container once' },
  ]);

  it('puts a title match above a heading match above any number of body matches', () => {
    expect(urls(index, 'container')).toEqual(['/title', '/heading', '/body-many', '/older', '/newer']);
  });

  it('ranks Chinese title matches above body matches too', () => {
    expect(urls(index, '容器')).toEqual(['/zh-title', '/zh-body']);
  });

  it('ranks a document with more body matches higher, and keeps index order for ties', () => {
    const hits = search(index, parseQuery('container'));
    expect(hits[2].score).toBeGreaterThan(hits[3].score);
    expect(hits[3].score).toBe(hits[4].score);
  });
});
