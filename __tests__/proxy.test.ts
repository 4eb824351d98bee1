/** @jest-environment node */
import { unstable_doesMiddlewareMatch as runsProxy } from 'next/experimental/testing/server';
import { NextRequest } from 'next/server';
import { routing } from '@/i18n/routing';
import proxy, { config } from '@/proxy';

const matches = (url: string) => runsProxy({ config, url });

describe('proxy matcher', () => {
  it.each(['/', '/blogs/221008-dce-bg', '/fr', '/fr/blogs/x', '/zhx', '/english', '/some/deep/path'])(
    'runs for the unprefixed path %s, to redirect it',
    (path) => expect(matches(path)).toBe(true),
  );

  it.each(routing.locales.flatMap((locale) => [`/${locale}`, `/${locale}/`, `/${locale}/blogs/221008-dce-bg`, `/${locale}/x/y`]))(
    'leaves the prefixed page %s to be served as prerendered',
    (path) => expect(matches(path)).toBe(false),
  );

  it.each([
    '/api/health',
    '/_next/static/chunks/app.js',
    // Dev chunk names hold escaped brackets; a redirect of them blanked the error page.
    '/_next/static/chunks/%5Broot-of-the-server%5D__abc.js',
    '/_next/static/%c0',
    '/favicon.ico',
    '/images/a/b.svg',
    '/zh/blogs/x/opengraph-image',
    '/blogs/x/opengraph-image',
  ])(
    'skips the file %s',
    (path) => expect(matches(path)).toBe(false),
  );
});

describe('paths with % escapes', () => {
  const respond = (path: string) => proxy(new NextRequest(`http://localhost${path}`));

  it.each(['/zh/%c0%ae', '/zh/%zz', '/%', '/en/blogs/%E4%BA', '/images/%ff.svg'])(
    'runs the proxy for %s and answers 400',
    async (path) => {
      expect(matches(path)).toBe(true);
      const response = await respond(path);
      expect(response?.status).toBe(400);
      expect(response?.headers.get('content-type')).toMatch(/^text\/plain/);
    },
  );

  it('lets a well-formed prefixed path (a Chinese tag page) through untouched', () => {
    const path = `/zh/blogs/tag/${encodeURIComponent('云原生')}`;
    expect(matches(path)).toBe(true);
    expect(respond(path)).toBeUndefined();
  });

  it('still redirects a well-formed unprefixed path', async () => {
    const response = await respond(`/blogs/${encodeURIComponent('云原生')}`);
    expect(response?.status).toBe(307);
    expect(response?.headers.get('location')).toMatch(/\/zh\/blogs\//);
  });
});
