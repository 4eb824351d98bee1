/** @jest-environment node */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Downloads, PostAssets } from '@/lib/import/assets';
import { pngBytes } from '../../helpers/png';

let root: string;
let server: Server;
let base: string;
const requests: string[] = [];

beforeAll(async () => {
  server = createServer((request, response) => {
    requests.push(request.url!);
    if (request.url === '/chart.png') {
      response.writeHead(200, { 'content-type': 'image/png' }).end(pngBytes(300, 150));
    } else if (request.url === '/page.html') {
      response.writeHead(200, { 'content-type': 'text/html' }).end('<p>not an image</p>');
    } else response.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise((resolve) => server.close(resolve)));
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'assets-'));
  requests.length = 0;
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('PostAssets', () => {
  it('downloads a reachable image once, reads its size and writes it only on commit', async () => {
    const assets = new PostAssets(join(root, 'public'), 'p', new Downloads());
    const first = await assets.add(`${base}/chart.png`, 'zh');
    await assets.add(`${base}/chart.png`, 'en');
    expect(first).toEqual({ kind: 'local', src: '/images/p/chart.png', width: 300, height: 150, from: 'downloaded' });
    expect(requests).toEqual(['/chart.png']);
    expect(existsSync(join(root, 'public/images/p/chart.png'))).toBe(false);
    assets.commit();
    expect(readFileSync(join(root, 'public/images/p/chart.png'))).toEqual(pngBytes(300, 150));
  });

  it('keeps an image remote when it is missing, not an image, or its host does not answer', async () => {
    const downloads = new Downloads(2000);
    const assets = new PostAssets(join(root, 'public'), 'p', downloads);
    expect(await assets.add(`${base}/gone.png`, 'zh')).toEqual({ kind: 'remote', src: `${base}/gone.png`, reason: 'HTTP 404' });
    expect(await assets.add(`${base}/page.html`, 'zh')).toMatchObject({ kind: 'remote', reason: 'not an image (text/html)' });
    const dead = await assets.add('http://127.0.0.1:9/a.png', 'zh');
    expect(dead).toMatchObject({ kind: 'remote', reason: expect.stringMatching(/^unreachable/) });
    expect(await assets.add('http://127.0.0.1:9/b.png', 'zh')).toMatchObject({ kind: 'remote', reason: (dead as { reason: string }).reason });
  });

  it('shares a picture both translations use, and gives a different one of the same name the language', async () => {
    const write = (path: string, bytes: Buffer) => {
      mkdirSync(join(root, path, '..'), { recursive: true });
      writeFileSync(join(root, path), bytes);
      return join(root, path);
    };
    const assets = new PostAssets(join(root, 'public'), 'p', null);
    expect(await assets.add(write('zh/logo.png', pngBytes(10, 10)), 'zh')).toMatchObject({ src: '/images/p/logo.png' });
    expect(await assets.add(write('en/logo.png', pngBytes(10, 10)), 'en')).toMatchObject({ src: '/images/p/logo.png' });
    expect(await assets.add(write('zh/Chart 1.png', pngBytes(10, 10, [0, 0, 0])), 'zh')).toMatchObject({ src: '/images/p/chart-1.png' });
    expect(await assets.add(write('en/Chart 1.png', pngBytes(10, 10, [255, 255, 255])), 'en')).toMatchObject({ src: '/images/p/chart-1.en.png' });
  });

  it('reports a missing local file, and keeps URLs remote when downloads are off', async () => {
    const assets = new PostAssets(join(root, 'public'), 'p', null);
    expect(await assets.add(join(root, 'nope.png'), 'zh')).toEqual({ kind: 'missing', reason: 'file not found' });
    expect(await assets.add(`${base}/chart.png`, 'zh')).toEqual({ kind: 'remote', src: `${base}/chart.png`, reason: 'downloads turned off (--offline)' });
    expect(requests).toEqual([]);
  });
});
