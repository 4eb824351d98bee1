import { EXCERPT_WIDTH, excerptOf } from '@/lib/content/excerpt';
import { parseMarkdown } from '@/lib/content/plain-text';

describe('excerptOf', () => {
  it('takes the opening paragraphs as plain text, without markup', () => {
    const tree = parseMarkdown('Read **this** [post](https://example.com) now.\n\nAnd this.\n\n## Heading\n\nMore.');
    expect(excerptOf(tree)).toBe('Read this post now. And this.');
  });

  it('ends at the next heading, list, code block or component: lines from different parts of a post are not strung together', () => {
    const sections = parseMarkdown('Install it on Linux.\n\n## Preparation\n\nCheck the machine:\n\n```bash\nfree -g\n```\n\nThe output:');
    expect(excerptOf(sections)).toBe('Install it on Linux.');
    const list = parseMarkdown('First.\n\n- an item\n\nLater.');
    expect(excerptOf(list)).toBe('First.');
  });

  it('passes over components before the lead and reads none of their text, nor a row of buttons', () => {
    const tree = parseMarkdown(
      ['<Admonition type="tip">', '  A note that is not the lead.', '</Admonition>', '', 'The lead.', '', '<Button href="/a">Download</Button> <Button href="/b">Install</Button>'].join('\n'),
    );
    expect(excerptOf(tree)).toBe('The lead.');
  });

  it('reads a body with a heading id as MDX, so components stay out of the lead', () => {
    const tree = parseMarkdown('The lead.\n\n<Button href="/a">Download</Button>\n\n## Install {#install}\n\nMore.');
    expect(excerptOf(tree)).toBe('The lead.');
  });

  it('passes over a byline before the lead, but not a paragraph that only starts like one', () => {
    expect(excerptOf(parseMarkdown('作者：Peter Pan, SAMZONG\n\n本文介绍 DCE 5.0。'))).toBe('本文介绍 DCE 5.0。');
    expect(excerptOf(parseMarkdown('Authors: Shiming Zhang (DaoCloud), Wei Huang (Apple)\n\nKWOK is a toolkit.'))).toBe('KWOK is a toolkit.');
    expect(excerptOf(parseMarkdown('By the end of 2022, clusters grew.'))).toBe('By the end of 2022, clusters grew.');
    expect(excerptOf(parseMarkdown('The lead.\n\n作者：某人'))).toBe('The lead. 作者：某人');
  });

  it('carries on past a figure, without its alt text', () => {
    const tree = parseMarkdown('下图是一个模型。\n\n![网格模型](./mesh.png)\n\n<Figure src="/a.png" alt="图" width={10} height={10} />\n\n如何管理？');
    expect(excerptOf(tree)).toBe('下图是一个模型。如何管理？');
  });

  it('joins Chinese paragraphs without a space, and Latin ones with one', () => {
    expect(excerptOf(parseMarkdown('第一段。\n\n第二段。'))).toBe('第一段。第二段。');
    expect(excerptOf(parseMarkdown('中文段落\n\nEnglish paragraph.'))).toBe('中文段落 English paragraph.');
  });

  it('reads a body that is not valid MDX as Markdown (rendering it names the error)', () => {
    expect(excerptOf(parseMarkdown('An { unclosed expression.\n\n<Broken'))).toMatch(/^An/);
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
