// Posts imported from the mkdocs-material fixture blog (__tests__/fixtures/mkdocs-blog)
// by `npm run import`, built into the fixture site (see e2e/run.mjs).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fixtureUrl, useBrowser } from './browser.mjs';

const POST = '/blogs/240301-constructs';
/** mkdocs-material syntax that must never reach a reader as text. */
const MKDOCS_SYNTAX = [/!!!/, /\?\?\?/, /===/, /\{ ?\.md-button/, /\{ ?\.lg/, /:material-/, /:octicons-/, /:tada:/, /\*\[K8s\]/, /==[^=]/, /\^th\^/, /~2~/, /\{ width=/, /markdown="span"/, /<figcaption>/, /<br>/];

async function open(browser, path, options = {}) {
  const context = await browser.newContext(options);
  const page = await context.newPage();
  const errors = [];
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  page.on('pageerror', (error) => errors.push(error.message));
  const response = await page.goto(`${fixtureUrl}${path}`, { waitUntil: 'networkidle' });
  return { page, response, errors, close: () => context.close() };
}

describe('an imported mkdocs-material post', () => {
  const browser = useBrowser();

  for (const [locale, title, text] of [
    ['zh', '导入示例：每种写法', ['这是一篇测试导入的文章，介绍 K8s 集群的安装。第二行接着写', '文本里的 {花括号} 和 a < b 以及 {{< note >}} 都按原样显示。', '提示正文，包含']],
    ['en', 'Import sample: every construct', ['This post tests the importer', 'Text with {braces}, a < b and {{< note >}} shows as written.', 'Tip body with']],
  ]) {
    it(`${locale}: shows its whole text, with no mkdocs syntax left`, async () => {
      const { page, response, errors, close } = await open(browser, `/${locale}${POST}`);
      assert.equal(response.status(), 200);
      assert.equal(await page.locator('h1').textContent(), title);
      const article = await page.locator('article').innerText();
      for (const part of text) assert.ok(article.replace(/\n/g, '').includes(part.replace(/\n/g, '')), `missing: ${part}`);
      for (const syntax of MKDOCS_SYNTAX) assert.doesNotMatch(article, syntax);
      assert.deepEqual(errors, []);
      await close();
    });
  }

  it('renders each construct as its element', async () => {
    const { page, close } = await open(browser, `/zh${POST}`);
    const article = page.locator('article');
    assert.equal(await article.locator('abbr[title="Kubernetes"]').first().textContent(), 'K8s');
    assert.equal(await article.locator('mark').textContent(), '重点');
    assert.equal(await article.locator('sub').textContent(), '2');
    assert.equal(await article.locator('sup').textContent(), 'th');
    assert.equal(await article.locator('del').textContent(), '删除');
    assert.equal(await article.getByRole('note', { name: '小提示' }).getAttribute('data-type'), 'tip');
    // Buttons: documentation links on the published site, post links by our URL.
    assert.equal(await article.getByRole('link', { name: /下载 DCE 5.0/ }).getAttribute('href'), 'https://docs.example.com/download/index.html');
    assert.equal(await article.getByRole('link', { name: '了解更多' }).getAttribute('href'), '/zh/blogs/240302-second#后续');
    // The figure's size is reserved and its picture loads from the post's folder.
    const figure = article.getByRole('img', { name: '部署架构' });
    assert.deepEqual([await figure.getAttribute('width'), await figure.getAttribute('height')], ['400', '200']);
    assert.ok(await figure.evaluate((img) => img.complete && img.naturalWidth > 0));
    assert.equal(await article.locator('figure figcaption').filter({ hasText: '标志的说明' }).count(), 1);
    // Cards with a drawn icon, code titles, the diagram, both tables, the video.
    assert.equal(await article.locator('svg[aria-hidden="true"]').first().count(), 1);
    assert.equal(await article.locator('figcaption', { hasText: 'config.yaml' }).count(), 1, 'the code block shows its title');
    // Within the post's text: the share row below it draws its QR code as an SVG too.
    assert.equal(await article.locator('.prose svg[role="img"]').count(), 1, 'the mermaid diagram is an SVG');
    assert.equal(await article.locator('table').count(), 2);
    assert.deepEqual(await article.locator('table li').allTextContents(), ['AWS', 'GCE']);
    assert.equal(await article.locator('video[controls]').count(), 1);
    await close();
  });

  it('content tabs follow the WAI-ARIA tabs pattern', async () => {
    const { page, close } = await open(browser, `/en${POST}`);
    // The tab list is drawn once the island hydrates; until then every panel shows under its label.
    await page.getByRole('tablist').waitFor();
    const tabs = page.getByRole('tablist').getByRole('tab');
    assert.deepEqual(await tabs.allTextContents(), ['CentOS', 'Ubuntu']);
    assert.equal(await tabs.nth(0).getAttribute('aria-selected'), 'true');
    assert.ok(await page.getByRole('tabpanel', { name: 'CentOS' }).isVisible());
    assert.equal(await page.getByText('Notes for Ubuntu.').isVisible(), false);
    await tabs.nth(0).focus();
    await page.keyboard.press('ArrowRight');
    assert.equal(await tabs.nth(1).getAttribute('aria-selected'), 'true');
    assert.equal(await page.evaluate(() => document.activeElement?.textContent), 'Ubuntu');
    assert.ok(await page.getByText('Notes for Ubuntu.').isVisible());
    await page.keyboard.press('Home');
    assert.equal(await tabs.nth(0).getAttribute('aria-selected'), 'true');
    await page.keyboard.press('End');
    assert.equal(await tabs.nth(1).getAttribute('aria-selected'), 'true');
    await page.keyboard.press('ArrowRight');
    assert.equal(await tabs.nth(0).getAttribute('aria-selected'), 'true', 'arrows wrap around');
    await close();
  });

  it('without JavaScript every tab panel is shown under its label', async () => {
    const { page, close } = await open(browser, `/en${POST}`, { javaScriptEnabled: false });
    const text = await page.locator('article').innerText();
    assert.ok(text.includes('CentOS') && text.includes('yum install -y docker'));
    assert.ok(text.includes('Ubuntu') && text.includes('Notes for Ubuntu.'));
    await close();
  });

  it('a collapsible block opens and closes; ???+ starts open', async () => {
    const { page, close } = await open(browser, `/zh${POST}`);
    const closed = page.locator('details', { hasText: '点击查看 YAML' });
    assert.equal(await closed.getAttribute('open'), null);
    assert.equal(await closed.getByText('kind: Cluster').isVisible(), false);
    await closed.locator('summary').click();
    assert.ok(await closed.getByText('kind: Cluster').isVisible());
    assert.notEqual(await page.locator('details', { hasText: '默认展开的内容' }).getAttribute('open'), null);
    await close();
  });

  it('opened from a search result, shows the marked word in a collapsed block or another tab', async () => {
    const inTab = await open(browser, `/en${POST}?highlight=${encodeURIComponent('Second step')}`);
    const tabMark = inTab.page.locator('mark.search-highlight', { hasText: 'Second step' });
    await tabMark.waitFor({ state: 'visible' });
    assert.equal(await inTab.page.getByRole('tab', { selected: true }).textContent(), 'Ubuntu');
    // Brought into view (the page may scroll smoothly).
    await tabMark.evaluate(
      (mark) =>
        new Promise((resolve, reject) => {
          const inView = () => mark.getBoundingClientRect().top >= 0 && mark.getBoundingClientRect().bottom <= innerHeight;
          const started = performance.now();
          (function check() {
            if (inView()) resolve();
            else if (performance.now() - started > 5000) reject(new Error('the mark is not in view'));
            else requestAnimationFrame(check);
          })();
        }),
    );
    await inTab.close();

    const inBlock = await open(browser, `/en${POST}?highlight=kind`);
    const blockMark = inBlock.page.locator('details mark.search-highlight');
    await blockMark.waitFor({ state: 'visible' });
    assert.notEqual(await inBlock.page.locator('details', { hasText: 'Click to see the YAML' }).getAttribute('open'), null);
    await inBlock.close();
  });

  it('hides the other tab panels from view but not from find in page, and keeps them out of the tab order', async () => {
    const { page, close } = await open(browser, `/en${POST}`);
    await page.getByRole('tablist').waitFor();
    const hidden = page.locator('[role=tabpanel][hidden]');
    assert.equal(await hidden.count(), 1);
    assert.equal(await hidden.getAttribute('hidden'), 'until-found');
    assert.equal(await hidden.getAttribute('tabindex'), '-1');
    assert.equal(await hidden.getByText('Notes for Ubuntu.').isVisible(), false);
    // What the browser's find in page does on a match in it.
    await hidden.evaluate((panel) => panel.dispatchEvent(new Event('beforematch', { bubbles: true })));
    assert.equal(await page.getByRole('tab', { selected: true }).textContent(), 'Ubuntu');
    assert.ok(await page.getByText('Notes for Ubuntu.').isVisible());
    await close();
  });

  it('on a narrow phone, a wide diagram keeps readable labels and scrolls sideways in its box, and a long URL breaks: nothing widens the page', async () => {
    const { page, close } = await open(browser, `/en${POST}`, { viewport: { width: 320, height: 640 } });
    const svg = page.locator('figure.mermaid svg');
    const { drawn, shown, boxScrolls, pageOverflows } = await svg.evaluate((element) => ({
      drawn: Number(element.getAttribute('width')),
      shown: element.getBoundingClientRect().width,
      boxScrolls: element.parentElement.scrollWidth > element.parentElement.clientWidth,
      pageOverflows: document.documentElement.scrollWidth > innerWidth,
    }));
    assert.ok(drawn * 0.75 > 300, `the fixture diagram should be wider than a 320 px column allows at 3/4 size (${drawn} px)`);
    assert.ok(Math.abs(shown - drawn * 0.75) < 1, `shown at ${shown} px of ${drawn}`);
    assert.ok(boxScrolls, 'the diagram box scrolls sideways');
    assert.equal(pageOverflows, false);
    await close();
  });

  it('the translations are each other’s language switch and hreflang alternates', async () => {
    for (const [from, to, language] of [['zh', 'en', 'English'], ['en', 'zh', '中文']]) {
      const { page, close } = await open(browser, `/${from}${POST}`);
      assert.equal(await page.locator(`head link[rel="alternate"][hreflang^="${to}"]`).getAttribute('href'), `http://localhost:3000/${to}${POST}`);
      assert.equal(await page.locator('.locale-switcher').getByRole('link', { name: language }).getAttribute('href'), `/${to}${POST}`);
      await close();
    }
  });

  it('a post without an author or a translation still publishes', async () => {
    const { page, response, close } = await open(browser, '/zh/blogs/240302-second');
    assert.equal(response.status(), 200);
    assert.equal(await page.locator('h1').textContent(), '第二篇文章');
    assert.equal(await page.locator('.post-meta').getByText('作者').count(), 0);
    await close();
    const single = await open(browser, '/zh/blogs/only-chinese');
    assert.equal(single.response.status(), 200);
    assert.equal((await fetch(`${fixtureUrl}/en/blogs/only-chinese`)).status, 404);
    await single.close();
  });
});
