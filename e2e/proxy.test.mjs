import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ARTICLE, request } from './browser.mjs';

async function redirectOf(path, headers) {
  const response = await request(path, headers);
  assert.equal(response.status, 307, `${path} should redirect temporarily`);
  return response.headers.get('location');
}

describe('proxy: paths without a locale prefix', () => {
  it('/ goes to Chinese by default', async () => {
    assert.equal(await redirectOf('/', {}), '/zh');
  });

  it('/ follows Accept-Language', async () => {
    assert.equal(await redirectOf('/', { 'accept-language': 'en-US,en;q=0.9' }), '/en');
    assert.equal(await redirectOf('/', { 'accept-language': 'zh-CN,zh;q=0.9,en;q=0.8' }), '/zh');
    assert.equal(await redirectOf('/', { 'accept-language': 'fr-FR,fr;q=0.9' }), '/zh');
  });

  it('/ follows the remembered choice before Accept-Language', async () => {
    assert.equal(await redirectOf('/', { cookie: 'NEXT_LOCALE=en', 'accept-language': 'zh-CN' }), '/en');
    assert.equal(await redirectOf('/', { cookie: 'NEXT_LOCALE=zh', 'accept-language': 'en' }), '/zh');
  });

  it('an unprefixed article path keeps its path', async () => {
    assert.equal(await redirectOf(`/blogs/${ARTICLE}`, { 'accept-language': 'en' }), `/en/blogs/${ARTICLE}`);
  });

  it('an unknown prefix is treated as a path in the reader locale', async () => {
    assert.equal(await redirectOf('/fr/blogs/x', {}), '/zh/fr/blogs/x');
  });
});

describe('proxy: prefixed pages are served without it', () => {
  // If the proxy ran here, next-intl would rewrite the outdated cookie to match the URL.
  it('does not touch the locale cookie on a prefixed page', async () => {
    const response = await request(`/en/blogs/${ARTICLE}`, { cookie: 'NEXT_LOCALE=zh', 'sec-fetch-dest': 'document' });
    assert.equal(response.status, 200);
    assert.equal(response.headers.get('set-cookie'), null);
    assert.match(response.headers.get('x-nextjs-prerender') ?? '', /^1/);
  });
});
