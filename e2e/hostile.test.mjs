import assert from 'node:assert/strict';
import { request as httpRequest } from 'node:http';
import { describe, it } from 'node:test';
import { ARTICLE, baseUrl, request } from './browser.mjs';

/** A raw request, so the path, method and Host header go out exactly as written. */
function raw(path, { method = 'GET', headers = {} } = {}) {
  const { hostname, port } = new URL(baseUrl);
  return new Promise((resolve, reject) => {
    const req = httpRequest({ hostname, port, path, method, headers }, (res) => {
      const chunks = [];
      res.on('data', (chunk) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
    });
    req.on('error', reject);
    req.end();
  });
}

/** Never a server error, never a file of the project, never a redirect off the site. */
function assertSafe(response, what) {
  assert.ok(response.status < 500, `${what}: status ${response.status}`);
  for (const secret of ['"dependencies"', 'title: DCE', 'BEGIN PRIVATE KEY', 'root:x:0:0']) {
    assert.ok(!response.body.includes(secret), `${what}: the body leaks "${secret}"`);
  }
  const location = response.headers.location;
  if (location) assert.ok(location.startsWith('/') && !location.startsWith('//'), `${what}: redirects to ${location}`);
}

const traversal = [
  '/zh/blogs/../../package.json',
  '/zh/blogs/..%2F..%2Fpackage.json',
  '/zh/blogs/%2e%2e%2f%2e%2e%2fpackage.json',
  '/zh/blogs/..%252F..%252Fpackage.json',
  '/zh/blogs/..\\..\\package.json',
  `/zh/blogs/${ARTICLE}%2F..%2F..%2Fposts%2F${ARTICLE}%2Fzh.mdx`,
  '/en/blogs/%2e%2e/%2e%2e/etc/passwd',
  '/_next/static/../../package.json',
  '/images/../../package.json',
];

describe('hostile and odd requests', () => {
  for (const path of traversal) {
    it(`path traversal ${path}`, async () => assertSafe(await raw(path), path));
  }

  it('a path that is not valid percent-encoded UTF-8 is a 400, wherever it points', async () => {
    for (const path of ['/zh/%c0%ae', `/zh/blogs/${ARTICLE}%ff`, '/en/%zz', '/%', '/images/%ff.svg', '/%c0%ae%c0%ae/package.json']) {
      const response = await raw(path);
      assertSafe(response, path);
      assert.equal(response.status, 400, path);
    }
  });

  it('Next.js’s own files are never redirected, with or without escapes', async () => {
    for (const path of ['/_next/static/%c0', '/_next/static/chunks/%5Broot-of-the-server%5D__x.js', '/_next/static/chunks/nope.js']) {
      const response = await raw(path);
      assertSafe(response, path);
      assert.ok(response.status >= 400 && response.status < 500, `${path}: status ${response.status}`);
      assert.equal(response.headers.location, undefined, path);
    }
  });

  it('the image optimizer answers what it should not serve with a 4xx', async () => {
    const image = (query) => `/_next/image?${query}`;
    for (const path of [
      image('url=%2Fetc%2Fpasswd&w=64&q=75'),
      image('url=%2F..%2Fpackage.json&w=64&q=75'),
      image('url=%2Fimages%2Fnope%2Fmissing.png&w=64&q=75'),
      image('url=%2Fimages%2F221008-dce-bg%2Ftrend.zh.svg&w=99999&q=75'),
      image('url=%2Fimages%2F221008-dce-bg%2Ftrend.zh.svg&w=64&q=abc'),
      image('url=https%3A%2F%2Fevil.example%2Fx.png&w=64&q=75'),
      image('url=%2F%2Fevil.example%2Fx.png&w=64&q=75'),
      image('w=64&q=75'),
    ]) {
      const response = await raw(path);
      assertSafe(response, path);
      assert.ok(response.status >= 400 && response.status < 500, `${path}: status ${response.status}`);
    }
  });

  it('unknown locale prefixes redirect within the site or 404', async () => {
    for (const path of ['/fr', '/fr/blogs/x', '/zh-TW/blogs/x', '/ZH/blogs/x', '/xx/yy/zz', '/%E4%B8%AD/x']) assertSafe(await raw(path), path);
  });

  it('a 5,000-character slug is a 404', async () => {
    const response = await raw(`/zh/blogs/${'a'.repeat(5000)}`);
    assertSafe(response, 'long slug');
    assert.equal(response.status, 404);
  });

  it('a 50 KB query string is ignored or refused, not a crash', async () => {
    const response = await raw(`/en/blogs/${ARTICLE}?q=${'x'.repeat(50 * 1024)}`);
    assertSafe(response, 'long query');
  });

  it('odd Accept-Language headers still redirect to a site locale', async () => {
    for (const value of ['*', 'zz', 'en;q=abc', ';;;,,,', 'zh-Hant-TW;q=0.9, en;q=0.8', 'x'.repeat(4000), 'en-US,en;q=0.9,'.repeat(200)]) {
      const response = await raw('/', { headers: { 'accept-language': value } });
      assertSafe(response, `Accept-Language ${value.slice(0, 20)}`);
      assert.match(response.headers.location ?? '', /^\/(zh|en)$/);
    }
  });

  it('HEAD answers like GET without a body', async () => {
    const response = await raw(`/zh/blogs/${ARTICLE}`, { method: 'HEAD' });
    assert.equal(response.status, 200);
    assert.equal(response.body, '');
  });

  it('OPTIONS and POST on a page are not errors', async () => {
    for (const method of ['OPTIONS', 'POST', 'PUT', 'DELETE']) {
      const response = await raw(`/en/blogs/${ARTICLE}`, { method, headers: { 'content-type': 'text/plain' } });
      assertSafe(response, method);
    }
  });

  it('a foreign Host header never leads off the site', async () => {
    for (const path of ['/', `/blogs/${ARTICLE}`, '/zh/blogs/nope']) {
      const response = await raw(path, { headers: { host: 'evil.example', 'x-forwarded-host': 'evil.example' } });
      assertSafe(response, `Host on ${path}`);
      assert.ok(!response.body.includes('evil.example'), `${path}: the page mentions the foreign host`);
    }
  });

  it('the prerendered page comes back the same whatever the query string', async () => {
    const plainResponse = await request(`/en/blogs/${ARTICLE}`);
    const queryResponse = await request(`/en/blogs/${ARTICLE}?utm_source=x&__nextDataReq=1`);
    assert.equal(queryResponse.status, 200);
    assert.match(queryResponse.headers.get('x-nextjs-prerender') ?? '', /^1/);
    const plain = await plainResponse.text();
    const withQuery = await queryResponse.text();
    assert.equal(withQuery.length > 1000, true);
    assert.equal(plain.includes('<h1>'), withQuery.includes('<h1>'));
    assert.equal(withQuery, plain);
  });
});
