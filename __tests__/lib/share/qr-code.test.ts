/** @jest-environment node */
import jsQR from 'jsqr';
import { QUIET_ZONE, qrCode } from '@/lib/share/qr-code';

const SCALE = 4;

/** The code's path drawn as black on white pixels (RGBA), the way a camera would see the SVG. */
function rasterize({ size, path }: { size: number; path: string }) {
  const side = (size + 2 * QUIET_ZONE) * SCALE;
  const pixels = new Uint8ClampedArray(side * side * 4).fill(255);
  const runs = [...path.matchAll(/M(\d+) (\d+)h(\d+)v1h-(\d+)z/g)];
  // The path is nothing but such runs.
  expect(runs.map((run) => run[0]).join('')).toBe(path);
  for (const [, x, y, width] of runs) {
    for (let row = Number(y) * SCALE; row < (Number(y) + 1) * SCALE; row += 1) {
      for (let col = Number(x) * SCALE; col < (Number(x) + Number(width)) * SCALE; col += 1) {
        pixels.fill(0, (row * side + col) * 4, (row * side + col) * 4 + 3);
      }
    }
  }
  return { pixels, side };
}

function decode(text: string) {
  const code = qrCode(text);
  const { pixels, side } = rasterize(code);
  const result = jsQR(pixels, side, side);
  if (!result) throw new Error(`no QR code found for ${text}`);
  return { code, result };
}

describe('qrCode', () => {
  it.each([
    'http://localhost:3000/zh/blogs/221008-dce-bg',
    'https://blog.daocloud.io/en/blogs/230315-install-dce-community-on-linux-in-ten-minutes',
  ])('draws a code that a QR reader decodes to the URL: %s', (url) => {
    const { code, result } = decode(url);
    expect(result.data).toBe(url);
    // A version-v symbol has 17 + 4v modules on a side.
    expect(code.size).toBe(17 + 4 * result.version);
  });

  it('grows with the text: a longer URL needs a larger symbol', () => {
    expect(qrCode(`https://example.com/${'a'.repeat(200)}`).size).toBeGreaterThan(qrCode('https://example.com/').size);
  });

  it('encodes text beyond ASCII as UTF-8', () => {
    expect(decode('https://例子.测试/zh/blogs/容器').result.data).toBe('https://例子.测试/zh/blogs/容器');
  });

  it('leaves the quiet zone around the symbol empty', () => {
    const { size, path } = qrCode('https://example.com/zh/blogs/x');
    const starts = [...path.matchAll(/M(\d+) (\d+)h(\d+)/g)].map(([, x, y, width]) => [Number(x), Number(y), Number(x) + Number(width)]);
    expect(Math.min(...starts.map(([x]) => x))).toBe(QUIET_ZONE);
    expect(Math.min(...starts.map(([, y]) => y))).toBe(QUIET_ZONE);
    expect(Math.max(...starts.map(([, , end]) => end))).toBe(QUIET_ZONE + size);
    expect(Math.max(...starts.map(([, y]) => y))).toBe(QUIET_ZONE + size - 1);
  });
});
