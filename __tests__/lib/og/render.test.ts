/** @jest-environment node */
import { renderOgImage, ogImageSize } from '@/lib/og/render';

/** Width and height from a PNG's IHDR chunk. */
function pngSize(bytes: Buffer) {
  expect(bytes.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  expect(bytes.subarray(12, 16).toString('ascii')).toBe('IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

async function draw(title: string, lang: string) {
  const response = renderOgImage({ siteName: 'DaoCloud 博客', title, details: ['博客', '2022年10月8日', 'Michael Yao'], lang });
  expect(response.headers.get('content-type')).toBe('image/png');
  return Buffer.from(await response.arrayBuffer());
}

describe('renderOgImage', () => {
  it('draws a 1200x630 PNG for a Chinese title', async () => {
    const png = await draw('DCE 研发背景：裸金属容器与虚拟机', 'zh-CN');
    expect(pngSize(png)).toEqual(ogImageSize);
    expect(png.length).toBeGreaterThan(10_000);
  });

  it('draws a 1200x630 PNG for an English title', async () => {
    expect(pngSize(await draw('DCE: Research and Development Background', 'en'))).toEqual({ width: 1200, height: 630 });
  });

  it('draws different pictures for different titles', async () => {
    const [a, b] = await Promise.all([draw('容器', 'zh-CN'), draw('虚拟机', 'zh-CN')]);
    expect(a.equals(b)).toBe(false);
  });

  it('refuses text the font cannot draw instead of fetching a font', () => {
    expect(() => renderOgImage({ siteName: 'Blog', title: 'Launch 🚀 day', details: [], lang: 'en' })).toThrow(
      /Social image for "Launch 🚀 day": the font has no glyph for "🚀" \(U\+1F680\)/,
    );
  });
});
