/** @jest-environment node */
import { plainPostHtml } from '../../../helpers/mdx';

const render = async (source: string) => (await plainPostHtml(source)).html;

describe('bare addresses in Chinese text', () => {
  it('end before full-width punctuation, and further addresses in the rest are links too', async () => {
    expect(await render('详情：https://example.com/event/1，议题：https://example.com/track 见上。\n')).toBe(
      '<p>详情：<a href="https://example.com/event/1">https://example.com/event/1</a>，议题：<a href="https://example.com/track">https://example.com/track</a> 见上。</p>',
    );
  });

  it('leave out a ) they do not open, and keep one they do', async () => {
    expect(await render('并行（https://en.wikipedia.org/wiki/Parallel)：见 https://en.wikipedia.org/wiki/A_(b)。\n')).toBe(
      '<p>并行（<a href="https://en.wikipedia.org/wiki/Parallel">https://en.wikipedia.org/wiki/Parallel</a>)：见 <a href="https://en.wikipedia.org/wiki/A_(b)">https://en.wikipedia.org/wiki/A_(b)</a>。</p>',
    );
  });

  it('keep Chinese characters in a path, and end www addresses the same way', async () => {
    expect(await render('见 https://zh.wikipedia.org/wiki/云原生 与 www.example.com，以及其他\n')).toBe(
      '<p>见 <a href="https://zh.wikipedia.org/wiki/%E4%BA%91%E5%8E%9F%E7%94%9F">https://zh.wikipedia.org/wiki/云原生</a> 与 <a href="http://www.example.com">www.example.com</a>，以及其他</p>',
    );
  });

  it('leave links written as links alone, also one whose text is its address', async () => {
    expect(await render('[https://example.com，这里](https://example.com/x)\n')).toBe('<p><a href="https://example.com/x">https://example.com，这里</a></p>');
    expect(await render('[https://example.com/a，b](https://example.com/a，b)\n')).toBe('<p><a href="https://example.com/a%EF%BC%8Cb">https://example.com/a，b</a></p>');
  });
});
