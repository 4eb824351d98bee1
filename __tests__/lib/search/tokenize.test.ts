import { fold, termsOf, tokenize } from '@/lib/search/tokenize';

const terms = (text: string) => tokenize(text).flatMap(termsOf);

describe('tokenize', () => {
  it('splits Chinese runs from Latin words and punctuation, lowercasing the words', () => {
    expect(tokenize('DCE 与 Kubernetes，裸金属容器。')).toEqual([
      { text: 'dce', cjk: false },
      { text: '与', cjk: true },
      { text: 'kubernetes', cjk: false },
      { text: '裸金属容器', cjk: true },
    ]);
  });

  it('starts a new token where Chinese meets Latin without a space', () => {
    expect(tokenize('用Kubernetes管理K8s集群').map((token) => token.text)).toEqual(['用', 'kubernetes', '管理', 'k8s', '集群']);
  });

  it('splits English on spaces, hyphens, slashes and dots', () => {
    expect(tokenize('Bare-metal CI/CD on Kubernetes 1.26!').map((token) => token.text)).toEqual(['bare', 'metal', 'ci', 'cd', 'on', 'kubernetes', '1', '26']);
  });

  it('keeps accented letters in their word', () => {
    expect(tokenize('Café naïve').map((token) => token.text)).toEqual(['café', 'naïve']);
  });

  it('reads kana as CJK, with the long vowel mark inside the run', () => {
    expect(tokenize('コンテナーとサーバー')).toEqual([{ text: 'コンテナーとサーバー', cjk: true }]);
  });

  it('returns nothing for punctuation and spaces only', () => {
    expect(tokenize(' ，。!? — ')).toEqual([]);
  });
});

describe('termsOf', () => {
  it('indexes a Chinese run as its overlapping bigrams', () => {
    expect(terms('裸金属')).toEqual(['裸金', '金属']);
    expect(terms('云原生容器')).toEqual(['云原', '原生', '生容', '容器']);
  });

  it('keeps a one-character run as a unigram', () => {
    expect(terms('DCE 与 K8s')).toEqual(['dce', '与', 'k8s']);
  });

  it('counts characters outside the BMP as one character', () => {
    expect(terms('𠀋𠀌')).toEqual(['𠀋𠀌']);
  });

  it('keeps English words whole, so prefixes are matched at query time', () => {
    expect(terms('Kubernetes clusters')).toEqual(['kubernetes', 'clusters']);
  });
});

describe('fold', () => {
  it('lowercases without changing the length, so offsets stay valid', () => {
    expect(fold('DaoCloud İstanbul')).toBe('daocloud İstanbul');
    expect(fold('İ').length).toBe(1);
  });
});
