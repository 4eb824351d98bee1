import type { PagefindData, PagefindResult } from '@/lib/search/pagefind';
import { exactFirst, excerptSegments, phraseOf, sectionsOf, withHighlight } from '@/lib/search/results';

const result = (id: string): PagefindResult => ({ id, score: 1, data: async () => ({}) as PagefindData });

describe('search results', () => {
  it('reads an excerpt as text, never as HTML, with neighbouring marks joined', () => {
    expect(excerptSegments('a &lt;b&gt; &amp; <mark>裸</mark><mark>金属</mark> &#x5bb9;器 <img src=x onerror=alert(1)>')).toEqual([
      { text: 'a <b> & ', mark: false },
      { text: '裸金属', mark: true },
      { text: ' 容器 ', mark: false },
    ]);
  });

  it('puts the exact hits first, then the others, each once, with the sections the plain search found', () => {
    const plain = [result('a'), result('b'), result('c'), result('d')];
    const ranked = exactFirst([result('b'), result('d'), result('e')], plain);
    expect(ranked.map((r) => r.id)).toEqual(['b', 'd', 'e', 'a', 'c']);
    expect(ranked[0]).toBe(plain[1]);
  });

  it('makes a phrase of the query, whatever quotes the reader typed', () => {
    expect(phraseOf(' bare "metal ')).toBe('"bare  metal"');
  });

  it('adds each searched word to the URL before its heading', () => {
    expect(withHighlight('/zh/blogs/a#%E4%BA%91', '云原生 "浪潮"')).toBe(`/zh/blogs/a?highlight=${encodeURIComponent('云原生')}&highlight=${encodeURIComponent('浪潮')}#%E4%BA%91`);
  });

  it('turns an article into its best sections, titled with the article and the heading', () => {
    const location = (balanced_score: number) => ({ weight: 1, balanced_score, location: 0 });
    const data: PagefindData = {
      url: '/en/blogs/a',
      excerpt: '',
      meta: { title: 'Article' },
      sub_results: [
        { title: 'Article', url: '/en/blogs/a', excerpt: 'one <mark>hit</mark>', weighted_locations: [location(1)] },
        { title: 'Heading', url: '/en/blogs/a#heading', excerpt: 'two <mark>hits</mark>', anchor: { element: 'h2', id: 'heading', text: 'Heading', location: 3 }, weighted_locations: [location(1), location(2)] },
      ],
    };
    expect(sectionsOf(data, 'hit', 3)).toEqual([
      { url: '/en/blogs/a?highlight=hit#heading', title: 'Article', section: 'Heading', excerpt: [{ text: 'two ', mark: false }, { text: 'hits', mark: true }] },
      { url: '/en/blogs/a?highlight=hit', title: 'Article', section: undefined, excerpt: [{ text: 'one ', mark: false }, { text: 'hit', mark: true }] },
    ]);
    expect(sectionsOf(data, 'hit', 1)).toHaveLength(1);
  });
});
