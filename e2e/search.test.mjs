import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ARTICLE, baseUrl, useBrowser, openPage, request } from './browser.mjs';

/** Opens a page in its own context, recording every search index request from the first byte on. */
async function openRecording(browser, path) {
  const context = await browser.newContext();
  const indexRequests = [];
  context.on('request', (req) => {
    if (new URL(req.url()).pathname.endsWith('/search-index.json')) indexRequests.push(new URL(req.url()).pathname);
  });
  const { page, errors } = await openPage(browser, path, { context });
  return { context, page, errors, indexRequests };
}

describe('search', () => {
  const browser = useBrowser();

  it('zh: "/" opens search, 容器 finds the article, Enter opens it; the index loads only on opening', async () => {
    const { context, page, errors, indexRequests } = await openRecording(browser, '/zh');
    assert.deepEqual(indexRequests, [], 'no index request on page load');
    await page.keyboard.press('/');
    const dialog = page.getByRole('dialog', { name: '搜索文章' });
    await dialog.waitFor();
    assert.equal(await dialog.evaluate((el) => el.matches(':modal')), true);
    const input = page.getByRole('combobox', { name: '搜索关键词' });
    assert.equal(await input.evaluate((el) => el === document.activeElement), true);
    await page.keyboard.type('容器');
    const option = dialog.getByRole('option', { name: /DCE 研发背景/ });
    await option.waitFor();
    assert.deepEqual(indexRequests, ['/zh/search-index.json']);
    assert.ok((await option.locator('mark').allTextContents()).includes('容器'));
    assert.equal(await input.getAttribute('aria-activedescendant'), await option.getAttribute('id'));
    await page.getByRole('status').filter({ hasText: '找到 1 条结果' }).waitFor();
    await page.keyboard.press('Enter');
    await page.waitForURL(`${baseUrl}/zh/blogs/${ARTICLE}`);
    assert.equal(await page.locator('h1').textContent(), 'DCE 研发背景');
    assert.deepEqual(errors, []);
    await context.close();
  });

  it('zh: 裸金属 finds the article too, with the match marked in the snippet', async () => {
    const { context, page } = await openRecording(browser, `/zh/blogs/${ARTICLE}`);
    await page.getByRole('button', { name: '搜索' }).click();
    await page.getByRole('combobox').fill('裸金属');
    const option = page.getByRole('option', { name: /DCE 研发背景/ });
    await option.waitFor();
    assert.ok((await option.locator('mark').allTextContents()).includes('裸金属'));
    await context.close();
  });

  it('en: Ctrl+K opens search and "kubernetes" finds the article; Escape closes it and gives focus back', async () => {
    const { context, page, errors, indexRequests } = await openRecording(browser, '/en');
    const opener = page.getByRole('button', { name: 'Search' });
    await opener.focus();
    await page.keyboard.press('Control+k');
    const dialog = page.getByRole('dialog', { name: 'Search articles' });
    await dialog.waitFor();
    await page.keyboard.type('kubernetes');
    const option = dialog.getByRole('option', { name: /DCE: Research and Development Background/ });
    await option.waitFor();
    assert.deepEqual(indexRequests, ['/en/search-index.json']);
    assert.ok((await option.locator('mark').allTextContents()).some((text) => /^kubernetes$/i.test(text)));
    await page.getByRole('status').filter({ hasText: '1 result' }).waitFor();
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    assert.equal(await opener.evaluate((el) => el === document.activeElement), true);
    // Opening again reuses the index already loaded.
    await page.keyboard.press('Control+k');
    await dialog.waitFor();
    await option.waitFor();
    assert.equal(indexRequests.length, 1);
    assert.deepEqual(errors, []);
    await context.close();
  });

  it('a query with no result announces so', async () => {
    const { context, page } = await openRecording(browser, '/en');
    await page.keyboard.press('/');
    await page.getByRole('combobox', { name: 'Search terms' }).fill('xyzzyplugh');
    await page.getByRole('status').filter({ hasText: 'Nothing found for “xyzzyplugh”.' }).waitFor();
    assert.equal(await page.getByRole('option').count(), 0);
    await context.close();
  });

  it('"/" typed into the search field is text, not a shortcut', async () => {
    const { context, page } = await openRecording(browser, '/en');
    await page.keyboard.press('/');
    const input = page.getByRole('combobox');
    await input.waitFor();
    await page.keyboard.type('ci/cd');
    assert.equal(await input.inputValue(), 'ci/cd');
    await context.close();
  });

  for (const locale of ['zh', 'en']) {
    it(`${locale}: the index is a static JSON file with only titles, URLs, headings and text`, async () => {
      const response = await request(`/${locale}/search-index.json`);
      assert.equal(response.status, 200);
      assert.match(response.headers.get('content-type'), /application\/json/);
      const body = await response.text();
      const index = JSON.parse(body);
      assert.equal(index.version, 1);
      assert.deepEqual(Object.keys(index.docs[0]).sort(), ['headings', 'text', 'title', 'url']);
      assert.ok(index.docs.some((doc) => doc.url === `/${locale}/blogs/${ARTICLE}`));
      assert.ok(!/\.mdx|posts\//.test(body), 'no source file path in the index');
    });
  }
});
