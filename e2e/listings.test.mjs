import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ARTICLE, baseUrl, fixtureUrl, useBrowser, openPage, request } from './browser.mjs';

describe('category, tag, author and archive pages', () => {
  const browser = useBrowser();

  for (const [path, heading] of [
    ['/zh/blogs/category/blog', '分类：博客'],
    ['/en/blogs/category/blog', 'Category: Blog'],
    ['/zh/blogs/author/windsonsea', '作者：Michael Yao'],
    ['/en/blogs/author/windsonsea', 'Author: Michael Yao'],
    ['/zh/blogs/tag/containers', '标签：容器'],
    ['/en/blogs/tag/cloud-native', 'Tag: cloud native'],
  ]) {
    it(`${decodeURIComponent(path)} lists the article`, async () => {
      const { page, response, errors } = await openPage(browser, path);
      assert.equal(response.status(), 200);
      assert.equal(await page.locator('h1').textContent(), heading);
      const locale = path.slice(1, 3);
      assert.equal(await page.locator(`.post-list a[href="/${locale}/blogs/${ARTICLE}"]`).count(), 1);
      assert.deepEqual(errors, []);
      await page.close();
    });
  }

  it('the author page links the author profile', async () => {
    const { page } = await openPage(browser, '/en/blogs/author/windsonsea');
    assert.equal(await page.getByRole('link', { name: 'Profile' }).getAttribute('href'), 'https://github.com/windsonsea');
    await page.close();
  });

  it('the article links its category, tags and author to their pages', async () => {
    const { page } = await openPage(browser, `/en/blogs/${ARTICLE}`);
    await page.locator('.post-meta').getByRole('link', { name: 'Blog' }).click();
    await page.waitForURL(`${baseUrl}/en/blogs/category/blog`);
    await page.close();
    const zh = await openPage(browser, `/zh/blogs/${ARTICLE}`);
    await zh.page.locator('.post-meta').getByRole('link', { name: '云原生' }).click();
    await zh.page.waitForURL(`${baseUrl}/zh/blogs/tag/cloud-native`);
    assert.equal(await zh.page.locator('h1').textContent(), '标签：云原生');
    await zh.page.close();
  });

  // A tag has one id in both languages, so its two pages are each other's translation.
  for (const [from, to, title, language, otherTitle] of [
    ['zh', 'en', '标签：容器', 'English', 'Tag: containers'],
    ['en', 'zh', 'Tag: containers', '中文', '标签：容器'],
  ]) {
    it(`${from}: a tag page is titled with the tag's ${from} name, and its language switch and hreflang alternates lead to the ${to} page`, async () => {
      const { page } = await openPage(browser, `/${from}/blogs/tag/containers`);
      assert.match(await page.title(), new RegExp(`^${title}`));
      const alternates = await page.locator('head link[rel="alternate"][hreflang]').evaluateAll((links) => links.map((link) => [link.hreflang, link.href]));
      assert.deepEqual(alternates.sort(), [
        ['en', 'http://localhost:3000/en/blogs/tag/containers'],
        ['x-default', 'http://localhost:3000/blogs/tag/containers'],
        ['zh-CN', 'http://localhost:3000/zh/blogs/tag/containers'],
      ]);
      const canonical = await page.locator('head link[rel="canonical"]').getAttribute('href');
      assert.equal(canonical, `http://localhost:3000/${from}/blogs/tag/containers`);
      await page.locator('.locale-switcher').getByRole('link', { name: language, exact: true }).click();
      await page.waitForURL(`${baseUrl}/${to}/blogs/tag/containers`);
      assert.equal(await page.locator('h1').textContent(), otherTitle);
      await page.close();
    });
  }

  it('the archive groups the posts by year', async () => {
    const { page } = await openPage(browser, '/zh/blogs/archive');
    assert.equal(await page.locator('h2').first().textContent(), '2022 年');
    assert.equal(await page.locator(`a[href="/zh/blogs/${ARTICLE}"]`).count(), 1);
    await page.close();
  });

  it('an unknown category, tag, author or page number is a 404', async () => {
    for (const path of ['/zh/blogs/category/nope', '/en/blogs/tag/nope', '/en/blogs/author/nobody', '/en/blogs/category/blog/page/2', '/en/blogs/category/blog/page/1', '/zh/page/2']) {
      assert.equal((await request(path)).status, 404, path);
    }
  });
});

describe('pagination (site built from 23 generated posts and 2 imported English ones)', () => {
  const browser = useBrowser();

  it('the index shows 10 posts and links through the pages with rel prev/next', async () => {
    const page = await browser.newPage();
    await page.goto(`${fixtureUrl}/en`);
    assert.equal(await page.locator('.post-list > li').count(), 10);
    assert.equal(await page.locator('head link[rel="next"]').getAttribute('href'), '/en/page/2');
    await page.getByRole('link', { name: 'Next page' }).click();
    await page.waitForURL(`${fixtureUrl}/en/page/2`);
    assert.equal(await page.locator('.post-list > li').count(), 10);
    assert.equal(await page.locator('head link[rel="prev"]').getAttribute('href'), '/en');
    await page.getByRole('link', { name: 'Page 3' }).click();
    await page.waitForURL(`${fixtureUrl}/en/page/3`);
    assert.equal(await page.locator('.post-list > li').count(), 5);
    assert.equal(await page.locator('[aria-current="page"]').textContent(), '3');
    assert.equal(await page.locator('head link[rel="next"]').count(), 0);
    await page.close();
  });

  it('listings paginate too, newest first', async () => {
    const page = await browser.newPage();
    await page.goto(`${fixtureUrl}/zh/blogs/author/windsonsea/page/2`);
    assert.equal(await page.locator('.post-list > li').count(), 10);
    const first = await page.locator('.post-list h2').first().textContent();
    assert.equal(first, '云原生实践第 13 篇');
    await page.close();
  });
});

describe('a tag of posts in one language (imported into the fixture site)', () => {
  const browser = useBrowser();

  it('has its page in that language only, whose language switch says there is no translation', async () => {
    const page = await browser.newPage();
    const response = await page.goto(`${fixtureUrl}/zh/blogs/tag/bian-yuan-ji-suan`);
    assert.equal(response.status(), 200);
    assert.equal(await page.locator('h1').textContent(), '标签：边缘计算');
    assert.equal(await page.locator('.post-list a[href="/zh/blogs/only-chinese"]').count(), 1);
    assert.equal(await page.locator('head link[rel="alternate"][hreflang]').count(), 0);
    const link = page.locator('.locale-switcher a');
    assert.equal(await link.textContent(), 'Not available in English yet: go to the English home page');
    assert.equal(await link.getAttribute('href'), '/en');
    assert.equal((await fetch(`${fixtureUrl}/en/blogs/tag/bian-yuan-ji-suan`)).status, 404);
    await page.close();
  });

  it('pairs an imported post\'s tags with its translation\'s: 容器 and containers are one tag', async () => {
    const page = await browser.newPage();
    await page.goto(`${fixtureUrl}/zh/blogs/240301-constructs`);
    assert.equal(await page.locator('.post-meta').getByRole('link', { name: '容器' }).getAttribute('href'), '/zh/blogs/tag/containers');
    await page.goto(`${fixtureUrl}/en/blogs/tag/containers`);
    assert.equal(await page.locator('.post-list a[href="/en/blogs/240301-constructs"]').count(), 1);
    await page.close();
  });
});

describe('feeds, sitemap and robots', () => {
  for (const [path, type] of [
    ['/zh/feed.xml', 'application/rss+xml; charset=utf-8'],
    ['/en/atom.xml', 'application/atom+xml; charset=utf-8'],
    ['/en/feed.json', 'application/feed+json; charset=utf-8'],
    ['/sitemap.xml', 'application/xml'],
    ['/robots.txt', 'text/plain'],
  ]) {
    it(`${path} is served as ${type}`, async () => {
      const response = await request(path);
      assert.equal(response.status, 200);
      assert.equal(response.headers.get('content-type'), type);
    });
  }

  it('the feeds list the article with an absolute link and every page links them', async () => {
    assert.match(await (await request('/zh/feed.xml')).text(), new RegExp(`<link>http://localhost:3000/zh/blogs/${ARTICLE}</link>`));
    const html = await (await request(`/en/blogs/${ARTICLE}`)).text();
    const rss = html.match(/<link[^>]*type="application\/rss\+xml"[^>]*>/)?.[0] ?? '';
    assert.match(rss, /rel="alternate"/);
    assert.match(rss, /href="http:\/\/localhost:3000\/en\/feed.xml"/);
    assert.match(html, /<a href="\/en\/atom.xml" type="application\/atom\+xml">Atom<\/a>/);
  });

  it('the sitemap has both article pages with hreflang alternates, and robots points to it', async () => {
    const xml = await (await request('/sitemap.xml')).text();
    assert.match(xml, new RegExp(`<loc>http://localhost:3000/en/blogs/${ARTICLE}</loc>`));
    assert.match(xml, new RegExp(`<xhtml:link rel="alternate" hreflang="zh-CN" href="http://localhost:3000/zh/blogs/${ARTICLE}" />`));
    assert.match(await (await request('/robots.txt')).text(), /Sitemap: http:\/\/localhost:3000\/sitemap.xml/);
  });

  it('the article page carries breadcrumbs and BlogPosting structured data', async () => {
    const html = await (await request(`/zh/blogs/${ARTICLE}`)).text();
    const blocks = [...html.matchAll(/<script type="application\/ld\+json">(.*?)<\/script>/g)].map((match) => JSON.parse(match[1]));
    const [breadcrumbs, posting] = blocks.flat();
    assert.equal(breadcrumbs['@type'], 'BreadcrumbList');
    assert.deepEqual(breadcrumbs.itemListElement.map((item) => item.name), ['首页', '博客', 'DCE 研发背景']);
    assert.equal(posting['@type'], 'BlogPosting');
    assert.equal(posting.inLanguage, 'zh-CN');
  });
});
