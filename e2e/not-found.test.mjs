import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { useBrowser, openPage } from './browser.mjs';

const cases = [
  { path: '/zh/blogs/no-such-post', lang: 'zh-CN', h1: '页面未找到' },
  { path: '/en/blogs/no-such-post', lang: 'en', h1: 'Page not found' },
  { path: '/zh/some/unknown/path', lang: 'zh-CN', h1: '页面未找到' },
  { path: '/en/some/unknown/path', lang: 'en', h1: 'Page not found' },
  { path: '/en/blogs/..%2F..%2Fpackage.json', lang: 'en', h1: 'Page not found' },
];

describe('localized 404', () => {
  const browser = useBrowser();

  for (const { path, lang, h1 } of cases) {
    it(`${path} answers 404 with the ${lang} not-found page`, async () => {
      const { page, response, errors } = await openPage(browser, path, { expectStatus: 404 });
      assert.equal(response.status(), 404);
      await page.locator('h1').waitFor();
      assert.equal(await page.locator('h1').textContent(), h1);
      assert.equal(await page.getAttribute('html', 'lang'), lang);
      assert.equal(await page.getAttribute('meta[name="robots"]', 'content'), 'noindex');
      assert.doesNotMatch(await page.content(), /"dependencies"/);
      assert.deepEqual(errors, []);
      await page.close();
    });
  }
});
