import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { baseUrl, useBrowser, openPage, request } from './browser.mjs';

const cases = [
  { path: '/zh/blogs/no-such-post', lang: 'zh-CN', h1: '页面未找到', home: '/zh' },
  { path: '/en/blogs/no-such-post', lang: 'en', h1: 'Page not found', home: '/en' },
  { path: '/zh/some/unknown/path', lang: 'zh-CN', h1: '页面未找到', home: '/zh' },
  { path: '/en/some/unknown/path', lang: 'en', h1: 'Page not found', home: '/en' },
  { path: '/en/blogs/tag/no-such-tag', lang: 'en', h1: 'Page not found', home: '/en' },
  { path: '/zh/page/99', lang: 'zh-CN', h1: '页面未找到', home: '/zh' },
  { path: '/en/blogs/..%2F..%2Fpackage.json', lang: 'en', h1: 'Page not found', home: '/en' },
];

describe('localized 404', () => {
  const browser = useBrowser();

  for (const { path, lang, h1, home } of cases) {
    it(`${path} answers 404 with the ${lang} not-found page`, async () => {
      const { page, response, errors } = await openPage(browser, path, { expectStatus: 404 });
      assert.equal(response.status(), 404);
      const heading = page.locator('h1:visible');
      assert.deepEqual(await heading.allTextContents(), [h1]);
      assert.equal(await page.getAttribute('html', 'lang'), lang);
      assert.equal(await page.title(), '页面未找到 · Page not found');
      assert.equal(await page.locator('main a:visible').first().getAttribute('href'), home);
      assert.equal(await page.getAttribute('meta[name="robots"]', 'content'), 'noindex');
      assert.doesNotMatch(await page.content(), /"dependencies"/);
      assert.deepEqual(errors, []);
      await page.close();
    });
  }

  it('without JavaScript the page is complete and shows every language, each marked', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    const response = await page.goto(`${baseUrl}/en/nope`);
    assert.equal(response.status(), 404);
    assert.deepEqual(await page.locator('h1:visible').allTextContents(), ['页面未找到', 'Page not found']);
    assert.deepEqual(await page.locator('main section').evaluateAll((sections) => sections.map((section) => section.lang)), ['zh-CN', 'en']);
    await context.close();
  });

  it('is served from the build, the same for every path, with a hashed script policy', async () => {
    const [first, second] = await Promise.all(['/zh/blogs/nope', '/en/x/y'].map((path) => request(path)));
    assert.equal(first.status, 404);
    assert.equal(await first.text(), await second.text());
    assert.equal(first.headers.get('x-nextjs-cache'), 'HIT');
    assert.match(first.headers.get('content-security-policy') ?? '', /script-src 'self' 'wasm-unsafe-eval'( 'sha256-[^']+')+;/);
  });
});
