import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ARTICLE, baseUrl, useBrowser, openPage } from './browser.mjs';

describe('navigation', () => {
  const browser = useBrowser();

  it('the language switch leads to the same article in the other language and back', async () => {
    const context = await browser.newContext();
    const { page } = await openPage(browser, `/zh/blogs/${ARTICLE}`, { context });
    await page.getByRole('navigation', { name: '语言' }).getByRole('link', { name: 'English' }).click();
    await page.waitForURL(`${baseUrl}/en/blogs/${ARTICLE}`);
    assert.equal(await page.getAttribute('html', 'lang'), 'en');
    await page.getByRole('navigation', { name: 'Language' }).getByRole('link', { name: '中文' }).click();
    await page.waitForURL(`${baseUrl}/zh/blogs/${ARTICLE}`);
    assert.equal(await page.getAttribute('html', 'lang'), 'zh-CN');
    await context.close();
  });

  it('the language switch on the index leads to the other index', async () => {
    const { page } = await openPage(browser, '/en');
    await page.getByRole('link', { name: '中文' }).click();
    await page.waitForURL(`${baseUrl}/zh`);
    assert.equal(await page.locator('h1').textContent(), '最新文章');
    await page.close();
  });

  it('a language choice is remembered: / then opens that language', async () => {
    const context = await browser.newContext({ locale: 'zh-CN' });
    const { page } = await openPage(browser, '/zh', { context });
    await page.getByRole('link', { name: 'English' }).click();
    await page.waitForURL(`${baseUrl}/en`);
    await page.goto(`${baseUrl}/`);
    assert.equal(page.url(), `${baseUrl}/en`);
    await context.close();
  });

  for (const locale of ['zh', 'en']) {
    it(`${locale}: each table of contents link scrolls its heading to the top`, async () => {
      const { page } = await openPage(browser, `/${locale}/blogs/${ARTICLE}`);
      const links = page.locator('.toc a');
      const count = await links.count();
      assert.equal(count, await page.locator('.prose :is(h2, h3)').count());
      assert.ok(count >= 5);
      for (let i = count - 1; i >= 0; i--) {
        const href = await links.nth(i).getAttribute('href');
        await links.nth(i).click();
        await page.waitForFunction((hash) => decodeURIComponent(location.hash) === decodeURIComponent(hash), href);
        const id = decodeURIComponent(href.slice(1));
        const { top, atBottom, viewport } = await page.evaluate((headingId) => ({
          top: document.getElementById(headingId).getBoundingClientRect().top,
          atBottom: Math.ceil(window.scrollY + window.innerHeight) >= document.documentElement.scrollHeight,
          viewport: window.innerHeight,
        }), id);
        // A heading near the end of the page cannot reach the top; it must then be in view with the page scrolled to the end.
        const ok = (top >= 0 && top < 80) || (atBottom && top >= 0 && top < viewport);
        assert.ok(ok, `heading ${id} should be scrolled to the top of the viewport, is at ${top}px`);
      }
      await page.close();
    });
  }
});

describe('reading aids', () => {
  const browser = useBrowser();

  it('on a wide screen the table of contents marks the section being read', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await page.goto(`${baseUrl}/en/blogs/${ARTICLE}`);
    const target = page.locator('.prose h2').nth(2);
    const id = await target.getAttribute('id');
    await target.evaluate((heading) => heading.scrollIntoView());
    await page.waitForSelector(`.toc a[aria-current="location"][href="#${id}"]`);
    assert.equal(await page.locator('.toc a[aria-current="location"]').count(), 1);
    await context.close();
  });

  it('the back-to-top link returns to the top of a long article', async () => {
    const page = await browser.newPage();
    await page.goto(`${baseUrl}/zh/blogs/${ARTICLE}`);
    await page.getByRole('link', { name: '回到顶部' }).click();
    await page.waitForFunction(() => window.scrollY === 0);
    await page.close();
  });
});
