/** @jest-environment node */
import jsQR from 'jsqr';
import { QUIET_ZONE, qrCode } from '@/lib/share/qr-code';

const SCALE = 4;

/** The dark runs the path draws, as [x, y, width] in modules (the stroke runs through each row's middle). */
function runsOf(path: string): [number, number, number][] {
  const commands = [...path.matchAll(/([Mmh])(-?[\d.]+)(?: (-?[\d.]+))?/g)];
  // The path is nothing but these commands.
  expect(commands.map((command) => command[0]).join('')).toBe(path);
  const runs: [number, number, number][] = [];
  let x = 0;
  let y = 0;
  for (const [, command, a, b] of commands) {
    if (command === 'M') [x, y] = [Number(a), Number(b)];
    else if (command === 'm') [x, y] = [x + Number(a), y + Number(b)];
    else {
      runs.push([x, y - 0.5, Number(a)]);
      x += Number(a);
    }
  }
  return runs;
}

/** The code's path drawn as black on white pixels (RGBA), the way a camera would see the SVG. */
function rasterize({ size, path }: { size: number; path: string }) {
  const side = (size + 2 * QUIET_ZONE) * SCALE;
  const pixels = new Uint8ClampedArray(side * side * 4).fill(255);
  for (const [x, y, width] of runsOf(path)) {
    for (let row = y * SCALE; row < (y + 1) * SCALE; row += 1) {
      for (let col = x * SCALE; col < (x + width) * SCALE; col += 1) {
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
    const runs = runsOf(path);
    expect(Math.min(...runs.map(([x]) => x))).toBe(QUIET_ZONE);
    expect(Math.min(...runs.map(([, y]) => y))).toBe(QUIET_ZONE);
    expect(Math.max(...runs.map(([x, , width]) => x + width))).toBe(QUIET_ZONE + size);
    expect(Math.max(...runs.map(([, y]) => y))).toBe(QUIET_ZONE + size - 1);
  });
});
