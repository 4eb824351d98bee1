import { countCjk, isWide, joinCjkLines } from '@/lib/content/cjk';

describe('joinCjkLines', () => {
  it('removes a line break between two Chinese characters', () => {
    expect(joinCjkLines('一切都在云上，\n一切为云而生')).toBe('一切都在云上，一切为云而生');
  });

  it('removes the indentation around the break too', () => {
    expect(joinCjkLines('云原生\n   容器')).toBe('云原生容器');
  });

  it('keeps a break next to Latin text, where it reads as a space', () => {
    expect(joinCjkLines('DaoCloud\n容器')).toBe('DaoCloud\n容器');
    expect(joinCjkLines('容器\nDocker')).toBe('容器\nDocker');
    expect(joinCjkLines('cloud\nnative')).toBe('cloud\nnative');
  });

  it('removes a break after full-width punctuation, whatever follows it', () => {
    expect(joinCjkLines('承担代码维护的职责，\n2022 年五一之际')).toBe('承担代码维护的职责，2022 年五一之际');
    expect(joinCjkLines('集中发布 v2.0、\nnerdctl 和 Lima。\nLima 是')).toBe('集中发布 v2.0、nerdctl 和 Lima。Lima 是');
  });

  it('keeps paragraph breaks', () => {
    expect(joinCjkLines('第一段。\n\n第二段。')).toBe('第一段。\n\n第二段。');
  });
});

describe('isWide and countCjk', () => {
  it('knows CJK ideographs and full-width punctuation', () => {
    expect(['云', '。', '，', '「', 'カ', '（'].every(isWide)).toBe(true);
    expect(['a', '1', ' ', '.', '한'].some(isWide)).toBe(false);
  });

  it('counts ideographs but not punctuation', () => {
    expect(countCjk('容器，虚拟机。VM')).toBe(5);
  });
});
