import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ARTICLE, useBrowser, openPage, request } from './browser.mjs';

const pages = [
  { path: '/zh', lang: 'zh-CN', h1: '最新文章' },
  { path: '/en', lang: 'en', h1: 'Latest articles' },
  { path: `/zh/blogs/${ARTICLE}`, lang: 'zh-CN', h1: 'DCE 研发背景' },
  { path: `/en/blogs/${ARTICLE}`, lang: 'en', h1: 'DCE: Research and Development Background' },
];

describe('pages in both locales', () => {
  const browser = useBrowser();

  for (const { path, lang, h1 } of pages) {
    it(`${path} renders with <html lang="${lang}">, one h1 and no console errors`, async () => {
      const { page, response, errors } = await openPage(browser, path);
      assert.equal(response.status(), 200);
      assert.equal(await page.getAttribute('html', 'lang'), lang);
      assert.deepEqual(await page.locator('h1').allTextContents(), [h1]);
      assert.deepEqual(errors, []);
      await page.close();
    });

    it(`${path} declares its canonical URL and hreflang alternates in <head>`, async () => {
      const html = await (await request(path)).text();
      const head = html.slice(0, html.indexOf('</head>'));
      const bare = path.replace(/^\/(zh|en)/, '') || '/';
      assert.match(head, new RegExp(`<link rel="canonical" href="http://localhost:3000${path}"`));
      assert.match(head, new RegExp(`<link rel="alternate" hrefLang="zh-CN" href="http://localhost:3000/zh${bare === '/' ? '' : bare}"`));
      assert.match(head, new RegExp(`<link rel="alternate" hrefLang="en" href="http://localhost:3000/en${bare === '/' ? '' : bare}"`));
      assert.match(head, new RegExp(`<link rel="alternate" hrefLang="x-default" href="http://localhost:3000${bare === '/' ? '/?' : bare}"`));
    });
  }

  it('the index lists the article with date, authors, category, reading time and excerpt', async () => {
    const { page } = await openPage(browser, '/zh');
    const item = page.locator('.post-list > li').first();
    assert.equal(await item.locator('h2 a').getAttribute('href'), `/zh/blogs/${ARTICLE}`);
    const text = await item.innerText();
    for (const expected of ['2022年10月8日', 'Michael Yao', '博客', '阅读约', '时下元宇宙概念方兴未艾']) {
      assert.ok(text.includes(expected), `index entry should show "${expected}": ${text}`);
    }
    await page.close();
  });

  it('the Chinese article has no stray spaces where source lines were wrapped', async () => {
    const { page } = await openPage(browser, `/zh/blogs/${ARTICLE}`);
    const first = await page.locator('.prose p').first().innerText();
    assert.ok(first.includes('建立另一个完整的数字平行时空。现实中的一切'), first);
    await page.close();
  });

  it('the article keeps its 13 conformance links and the KLTS link', async () => {
    for (const locale of ['zh', 'en']) {
      const html = await (await request(`/${locale}/blogs/${ARTICLE}`)).text();
      const prs = [...html.matchAll(/href="https:\/\/github\.com\/cncf\/k8s-conformance\/pull\/(\d+)"/g)].map((m) => m[1]);
      assert.deepEqual(prs, ['2451', '2666', '2835', '3203', '68', '210', '418', '794', '1144', '1463', '2072', '2239', '2240']);
      assert.match(html, /href="https:\/\/klts\.io\/"/);
    }
  });

  it('the article page serves prerendered HTML', async () => {
    const response = await request(`/en/blogs/${ARTICLE}`);
    assert.match(response.headers.get('x-nextjs-prerender') ?? '', /^1/);
  });
});
