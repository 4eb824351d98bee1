/** @jest-environment node */
import { unstable_doesMiddlewareMatch as runsProxy } from 'next/experimental/testing/server';
import { routing } from '@/i18n/routing';
import { config } from '@/proxy';

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

  it.each(['/api/health', '/_next/static/chunks/app.js', '/favicon.ico', '/images/a/b.svg', '/zh/blogs/x/opengraph-image', '/blogs/x/opengraph-image'])(
    'skips the file %s',
    (path) => expect(matches(path)).toBe(false),
  );
});
