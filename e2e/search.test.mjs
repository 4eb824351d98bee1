import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ARTICLE, baseUrl, useBrowser, openPage } from './browser.mjs';

/**
 * Opens a page in its own context, recording every request for search's files
 * (/pagefind/...) from the first byte on, and every Content-Security-Policy
 * violation the page reports.
 */
async function openRecording(browser, path) {
  const context = await browser.newContext();
  await context.addInitScript(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (event) => window.__violations.push(`${event.violatedDirective} ${event.blockedURI}`));
  });
  const searchRequests = [];
  context.on('request', (req) => {
    const { pathname } = new URL(req.url());
    if (pathname.startsWith('/pagefind/')) searchRequests.push(pathname);
  });
  const { page, errors } = await openPage(browser, path, { context });
  const violations = () => page.evaluate(() => window.__violations);
  return { context, page, errors, searchRequests, violations };
}

/** Presses ArrowDown until the option is the active one (aria-activedescendant); fails if it never is. */
async function arrowTo(page, input, option) {
  const id = await option.getAttribute('id');
  const count = await page.getByRole('option').count();
  for (let i = 0; i < count && (await input.getAttribute('aria-activedescendant')) !== id; i++) await page.keyboard.press('ArrowDown');
  assert.equal(await input.getAttribute('aria-activedescendant'), id);
}

describe('search', () => {
  const browser = useBrowser();

  it('zh: nothing loads before "/" opens it; 虚拟机 finds the section, Enter lands on its heading with the word marked', async () => {
    const { context, page, errors, searchRequests, violations } = await openRecording(browser, '/zh');
    assert.deepEqual(searchRequests, [], 'nothing of search on page load');
    await page.keyboard.press('/');
    const dialog = page.getByRole('dialog', { name: '搜索文章' });
    await dialog.waitFor();
    assert.equal(await dialog.evaluate((el) => el.matches(':modal')), true);
    const input = page.getByRole('combobox', { name: '搜索关键词' });
    assert.equal(await input.evaluate((el) => el === document.activeElement), true);
    await page.keyboard.type('虚拟机');
    const option = dialog.getByRole('option', { name: /DCE 研发背景.*容器 vs 虚拟化/ }).first();
    await option.waitFor();
    // Pagefind marks the words it matched, which for Chinese may be the query's parts (虚拟 of 虚拟化).
    const marked = await option.locator('mark').allTextContents();
    assert.ok(marked.length > 0 && marked.every((text) => '虚拟机'.includes(text)), marked.join(' '));
    await page.getByRole('status').filter({ hasText: /^找到 1 条结果$/ }).waitFor();
    // The Chinese index only: Pagefind picks it by <html lang="zh-CN">.
    assert.ok(searchRequests.some((path) => /^\/pagefind\/index\/zh-cn_/.test(path)), searchRequests.join(' '));
    assert.ok(!searchRequests.some((path) => /\/(?:index|fragment)\/en_|pagefind\.en_/.test(path)), searchRequests.join(' '));
    await arrowTo(page, input, option);
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.pathname === `/zh/blogs/${ARTICLE}`);
    const url = new URL(page.url());
    assert.equal(decodeURIComponent(url.hash), '#容器-vs-虚拟化');
    assert.deepEqual(url.searchParams.getAll('highlight'), ['虚拟机']);
    const heading = page.locator('h2:target');
    assert.equal(await heading.getAttribute('id'), '容器-vs-虚拟化');
    const marks = page.locator('article mark.search-highlight');
    await marks.first().waitFor();
    assert.ok((await marks.allTextContents()).every((text) => text === '虚拟机'));
    assert.equal(await page.locator('.toc mark').count(), 0, 'the contents list is not marked');
    assert.deepEqual(errors, []);
    assert.deepEqual(await violations(), []);
    await context.close();
  });

  it('en: the button opens it; "hypervisors" leads to its section with the word marked; the count is announced', async () => {
    const { context, page, errors, searchRequests, violations } = await openRecording(browser, `/en/blogs/${ARTICLE}`);
    assert.deepEqual(searchRequests, [], 'an article opened normally loads nothing of search, not even the highlighter');
    await page.getByRole('button', { name: 'Search' }).click();
    const input = page.getByRole('combobox', { name: 'Search terms' });
    await input.fill('hypervisors');
    const option = page.getByRole('option', { name: /DCE: Research and Development Background.*Containers vs Virtualization/ }).first();
    await option.waitFor();
    await page.getByRole('status').filter({ hasText: /^1 result$/ }).waitFor();
    assert.ok(searchRequests.some((path) => /^\/pagefind\/index\/en_/.test(path)), searchRequests.join(' '));
    assert.ok(!searchRequests.some((path) => /zh-cn_/.test(path)), searchRequests.join(' '));
    await arrowTo(page, input, option);
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.hash === '#containers-vs-virtualization');
    assert.equal(await page.locator('h2:target').getAttribute('id'), 'containers-vs-virtualization');
    const mark = page.locator('article mark.search-highlight').first();
    await mark.waitFor();
    assert.match(await mark.textContent(), /^hypervisors$/i);
    assert.ok(searchRequests.includes('/pagefind/pagefind-highlight.js'));
    assert.deepEqual(errors, []);
    assert.deepEqual(await violations(), []);
    await context.close();
  });

  it('en: Ctrl+K opens it, Escape closes it and gives focus back; opening again loads nothing new', async () => {
    const { context, page, searchRequests } = await openRecording(browser, '/en');
    const opener = page.getByRole('button', { name: 'Search' });
    await opener.focus();
    await page.keyboard.press('Control+k');
    const dialog = page.getByRole('dialog', { name: 'Search articles' });
    await dialog.waitFor();
    await page.keyboard.type('kubernetes');
    await dialog.getByRole('option').first().waitFor();
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    assert.equal(await opener.evaluate((el) => el === document.activeElement), true);
    const loaded = searchRequests.length;
    await page.keyboard.press('Control+k');
    await dialog.getByRole('option').first().waitFor();
    assert.equal(searchRequests.length, loaded);
    await context.close();
  });

  it('a query with no result announces so', async () => {
    const { context, page } = await openRecording(browser, '/en');
    await page.keyboard.press('/');
    const input = page.getByRole('combobox', { name: 'Search terms' });
    await input.fill('xyzzyplugh');
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

  it('the search files are served with the types and caching the browser needs', async () => {
    const entry = await (await fetch(`${baseUrl}/pagefind/pagefind-entry.json`)).json();
    const meta = await fetch(`${baseUrl}/pagefind/pagefind.${entry.languages.en.hash}.pf_meta`);
    assert.equal(meta.status, 200);
    assert.match(meta.headers.get('cache-control') ?? '', /immutable/, 'named by its hash, kept for a year');
    assert.equal((await fetch(`${baseUrl}/pagefind/wasm.en.pagefind`)).status, 200);
    const script = await fetch(`${baseUrl}/pagefind/pagefind.js`);
    assert.match(script.headers.get('content-type') ?? '', /javascript/);
    for (const name of ['pagefind-ui.js', 'pagefind-component-ui.js', 'pagefind-modular-ui.js']) {
      assert.equal((await fetch(`${baseUrl}/pagefind/${name}`)).status, 404, `${name}: Pagefind's own interface is not shipped`);
    }
  });
});
