/** @jest-environment node */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { publicImageDimensions } from '@/lib/media/image-dimensions';
import { pngBytes } from '../../../helpers/png';
import { plainPostHtml, postHtml } from '../../../helpers/mdx';

// A site folder whose public/images/p/ holds a 1200 x 800 PNG.
const site = mkdtempSync(join(tmpdir(), 'image-figures-'));
mkdirSync(join(site, 'public/images/p'), { recursive: true });
writeFileSync(join(site, 'public/images/p/shot.png'), pngBytes(1200, 800));
writeFileSync(join(site, 'public/images/p/broken.png'), 'not an image');

const render = async (source: string) => (await plainPostHtml(source)).html;

describe('Markdown images', () => {
  beforeEach(() => jest.spyOn(process, 'cwd').mockReturnValue(site));
  afterEach(() => jest.restoreAllMocks());

  it('make an image alone in its paragraph a figure with the size of its file and its title as the caption', async () => {
    const html = await render('![The console](/images/p/shot.png "Cluster list")\n');
    expect(html).toBe('<figure class="figure"><img src="/images/p/shot.png" alt="The console" width="1200" height="800" loading="lazy" decoding="async"/><figcaption>Cluster list</figcaption></figure>');
  });

  it('size an image inside text but keep it inline', async () => {
    const html = await render('Click ![the icon](/images/p/shot.png) to go on.\n');
    expect(html).toBe('<p>Click <img src="/images/p/shot.png" alt="the icon" width="1200" height="800" loading="lazy" decoding="async" data-pagefind-index-attrs="alt"/> to go on.</p>');
  });

  it('make an image of another host a figure without a size', async () => {
    const html = await render('![Diagram](https://docs.daocloud.io/images/a.png)\n');
    expect(html).toBe('<figure class="figure"><img src="https://docs.daocloud.io/images/a.png" alt="Diagram" loading="lazy" decoding="async"/></figure>');
  });

  it.each([
    ['no alt text', '![](/images/p/shot.png)\n', '<img src="/images/p/shot.png" alt="" width="1200" height="800" loading="lazy" decoding="async"/>'],
    ['a missing file', '![Gone](/images/p/gone.png)\n', '<img src="/images/p/gone.png" alt="Gone" loading="lazy" decoding="async" data-pagefind-index-attrs="alt"/>'],
    ['a file that is no image', '![Broken](/images/p/broken.png)\n', '<img src="/images/p/broken.png" alt="Broken" loading="lazy" decoding="async" data-pagefind-index-attrs="alt"/>'],
    ['a path out of public/', '![Secret](/../../etc/passwd)\n', '<img src="/../../etc/passwd" alt="Secret" loading="lazy" decoding="async" data-pagefind-index-attrs="alt"/>'],
    ['a relative path', '![Rel](images/shot.png)\n', '<img src="images/shot.png" alt="Rel" loading="lazy" decoding="async" data-pagefind-index-attrs="alt"/>'],
    ['plain http', '![Http](http://example.com/a.png)\n', '<img src="http://example.com/a.png" alt="Http" loading="lazy" decoding="async" data-pagefind-index-attrs="alt"/>'],
  ])('leave a plain image, lazily loaded, for %s', async (_case, source, image) => {
    expect(await render(source)).toBe(`<p>${image}</p>`);
  });

  it('leave a JSX <img> as the writer wrote it', async () => {
    expect(await render('<img src="/images/p/shot.png" alt="As is" />\n')).toBe('<link rel="preload" as="image" href="/images/p/shot.png"/><img src="/images/p/shot.png" alt="As is"/>');
  });
});

describe('a Markdown image on the article page', () => {
  it('is the site figure: zoomable, searchable alt, the size of its file', async () => {
    const html = await postHtml('![Metaverse](/images/221008-dce-bg/meta.en.svg)\n');
    expect(html).toMatch(/<figure class="figure"><a class="image-zoom__trigger" href="\/images\/221008-dce-bg\/meta.en.svg"[^>]*><img alt="Metaverse" data-pagefind-index-attrs="alt" loading="lazy" decoding="async" src="\/images\/221008-dce-bg\/meta.en.svg" width="960" height="540"\/><\/a>/);
  });
});

describe('publicImageDimensions', () => {
  it('reads a file under the public folder, and nothing outside it', () => {
    const publicDir = join(site, 'public');
    expect(publicImageDimensions('/images/p/shot.png?v=1', publicDir)).toEqual({ width: 1200, height: 800 });
    expect(publicImageDimensions('/images/p/%73hot.png', publicDir)).toEqual({ width: 1200, height: 800 });
    expect(publicImageDimensions('/../public/images/p/shot.png', join(site, 'public/images'))).toBeUndefined();
    expect(publicImageDimensions('/%E0%A4%A', publicDir)).toBeUndefined();
  });
});
