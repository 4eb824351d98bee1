/** @jest-environment node */
import { renderMdx } from '@/lib/mdx/render';
import { checkMdxComponent } from '@/components/mdx';
import { postHtml } from '../../helpers/mdx';

describe('videos and remote images in posts', () => {
  it('renders <video src="..." controls /> with controls', async () => {
    const html = await postHtml('Demo:\n\n<video src="https://example.com/demo.mp4" controls />\n');
    expect(html).toContain('<p>Demo:</p>\n<video src="https://example.com/demo.mp4" controls=""></video>');
  });

  it('renders a figure from another host without its size', async () => {
    const html = await postHtml('<Figure src="https://docs.daocloud.io/daocloud-docs-images/a.png" alt="DCE" />\n');
    expect(html).toContain('<img alt="DCE" data-pagefind-index-attrs="alt" loading="lazy" decoding="async" src="https://docs.daocloud.io/daocloud-docs-images/a.png"/>');
  });

  const compile = (source: string) => renderMdx(source, { file: 'posts/p/en.mdx', anchorLabel: 'Link', checkComponent: checkMdxComponent });

  it.each([
    ['a script URL', 'text\n\n<video src="javascript:alert(1)" controls />\n', /line 3: posts may not contain a script URL in the src attribute/],
    ['an event handler', '<video src="/v.mp4" onPlay="alert(1)" controls />\n', /line 1: posts may not contain an event handler attribute \(onPlay\)/],
    ['a plain http source', '<video src="http://example.com/v.mp4" controls />\n', /line 1: <video> src: expected the video as a site path/],
    ['an unknown attribute', '<video src="/v.mp4" controls autoplay />\n', /line 1: <video> .*autoplay/],
    ['no controls', 'a\n\n<video src="/videos/a/v.mp4" />\n', /line 3: <video> controls: expected controls \(written without a value\), so that the reader can play the video/],
    ['a local figure without size', '<Figure src="/images/a.png" alt="a" />\n', /line 1: <Figure> width: expected the image width in pixels/],
  ])('rejects a video or figure with %s, naming the line', async (_name, source, message) => {
    await expect(compile(source)).rejects.toThrow(message);
  });
});
