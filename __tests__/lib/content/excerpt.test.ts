import { EXCERPT_WIDTH, excerptOf } from '@/lib/content/excerpt';
import { parseMarkdown } from '@/lib/content/plain-text';

describe('excerptOf', () => {
  it('takes the opening paragraph as plain text, without markup', () => {
    const tree = parseMarkdown('Read **this** [post](https://example.com) now.\n\n## Heading\n\nMore.');
    expect(excerptOf(tree)).toBe('Read this post now. More.');
  });

  it('joins Chinese lines without adding spaces', () => {
    const tree = parseMarkdown('时下元宇宙概念方兴未艾，\n预期万物皆有虚拟化身。');
    expect(excerptOf(tree)).toBe('时下元宇宙概念方兴未艾，预期万物皆有虚拟化身。');
  });

  it('skips headings, figures and lists', () => {
    const tree = parseMarkdown('## 标题\n\n<figure><figcaption>图</figcaption></figure>\n\n- 列表\n\n正文。');
    expect(excerptOf(tree)).toBe('正文。');
  });

  it('cuts long Chinese text to the width budget with an ellipsis', () => {
    const text = '容器'.repeat(200);
    const excerpt = excerptOf(parseMarkdown(text));
    expect(excerpt.endsWith('…')).toBe(true);
    // Each CJK character is two columns wide.
    expect(excerpt.length - 1).toBeLessThanOrEqual(EXCERPT_WIDTH / 2);
    expect(excerpt.length - 1).toBeGreaterThan(EXCERPT_WIDTH / 2 - 5);
  });

  it('cuts long English text at a word boundary', () => {
    const text = Array.from({ length: 80 }, () => 'container').join(' ');
    const excerpt = excerptOf(parseMarkdown(text));
    expect(excerpt).toMatch(/^(container )+container…$/);
    expect(excerpt.length).toBeLessThanOrEqual(EXCERPT_WIDTH);
  });
});
