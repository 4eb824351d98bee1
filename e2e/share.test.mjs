import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import jsQR from 'jsqr';
import { ARTICLE, baseUrl, fixtureUrl, openPage, useBrowser } from './browser.mjs';

// The site is built with SITE_URL http://localhost:3000 and this repository (e2e/run.mjs).
const canonical = (locale) => `http://localhost:3000/${locale}/blogs/${ARTICLE}`;
const repository = process.env.SITE_REPOSITORY_URL;

const locales = {
  zh: { region: '分享本文', copy: '复制链接', copied: '链接已复制', wechat: '微信', qr: '《DCE 研发背景》的微信二维码', edit: '编辑此页', newWindow: '（在新窗口中打开）', weibo: '微博', title: 'DCE 研发背景' },
  en: {
    region: 'Share this article',
    copy: 'Copy link',
    copied: 'Link copied',
    wechat: 'WeChat',
    qr: 'WeChat QR code for “DCE: Research and Development Background”',
    edit: 'Edit this page',
    newWindow: '(opens in a new window)',
    weibo: 'Weibo',
    title: 'DCE: Research and Development Background',
  },
};

/** The QR code's SVG as the reader's camera would see it: drawn on a canvas, read back as pixels, decoded. */
async function decodeQr(svg) {
  const size = 240;
  // One grey level a pixel, as a string: a few KB to carry out of the page rather than an array of every RGBA byte.
  const grey = await svg.evaluate(async (element, side) => {
    const image = new Image(side, side);
    image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(new XMLSerializer().serializeToString(element))}`;
    await image.decode();
    const canvas = Object.assign(document.createElement('canvas'), { width: side, height: side });
    const context = canvas.getContext('2d');
    context.drawImage(image, 0, 0, side, side);
    const { data } = context.getImageData(0, 0, side, side);
    let text = '';
    for (let index = 0; index < data.length; index += 4) text += String.fromCharCode(data[index]);
    return text;
  }, size);
  const rgba = new Uint8ClampedArray(size * size * 4);
  for (let pixel = 0; pixel < size * size; pixel += 1) rgba.fill(grey.charCodeAt(pixel), pixel * 4, pixel * 4 + 3).fill(255, pixel * 4 + 3, pixel * 4 + 4);
  return jsQR(rgba, size, size)?.data;
}

describe('share row and edit link', () => {
  const browser = useBrowser();

  for (const [locale, text] of Object.entries(locales)) {
    it(`${locale}: links to X, LinkedIn and Weibo with the encoded canonical URL, in a new window, loading nothing from them`, async () => {
      const requests = [];
      const context = await browser.newContext();
      context.on('request', (request) => requests.push(request.url()));
      const { page, errors } = await openPage(browser, `/${locale}/blogs/${ARTICLE}`, { context });
      const row = page.getByRole('region', { name: text.region });
      const expected = {
        X: { host: 'x.com', params: { text: text.title, url: canonical(locale) } },
        LinkedIn: { host: 'www.linkedin.com', params: { url: canonical(locale) } },
        [text.weibo]: { host: 'service.weibo.com', params: { url: canonical(locale), title: text.title } },
      };
      for (const [name, { host, params }] of Object.entries(expected)) {
        const link = row.getByRole('link', { name: `${name} ${text.newWindow}`, exact: true });
        const href = await link.getAttribute('href');
        assert.ok(href.includes(`url=${encodeURIComponent(canonical(locale))}`), href);
        const url = new URL(href);
        assert.equal(url.host, host);
        assert.deepEqual(Object.fromEntries(url.searchParams), params);
        assert.equal(await link.getAttribute('target'), '_blank');
        assert.equal(await link.getAttribute('rel'), 'noopener noreferrer');
      }
      const foreign = requests.filter((url) => new URL(url).origin !== baseUrl && !url.startsWith('data:'));
      assert.deepEqual(foreign, []);
      assert.deepEqual(errors, []);
      await context.close();
    });

    it(`${locale}: the copy button, used by keyboard, puts the canonical URL on the clipboard and says so`, async () => {
      const context = await browser.newContext();
      await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseUrl });
      const { page, errors } = await openPage(browser, `/${locale}/blogs/${ARTICLE}`, { context });
      const button = page.getByRole('button', { name: text.copy, exact: true });
      await button.focus();
      await page.keyboard.press('Enter');
      const status = page.getByRole('region', { name: text.region }).getByRole('status');
      await status.filter({ hasText: text.copied }).waitFor();
      assert.ok(await status.isVisible(), 'the confirmation is visible');
      assert.equal(await page.evaluate(() => navigator.clipboard.readText()), canonical(locale));
      assert.deepEqual(errors, []);
      await context.close();
    });

    it(`${locale}: the WeChat QR code opens on request, by keyboard, and decodes to the canonical URL`, async () => {
      const { page, errors } = await openPage(browser, `/${locale}/blogs/${ARTICLE}`);
      const qr = page.getByRole('img', { name: text.qr, exact: true });
      assert.equal(await qr.isVisible(), false, 'hidden until asked for');
      const summary = page.locator('summary', { hasText: text.wechat });
      await summary.focus();
      await page.keyboard.press('Enter');
      await qr.waitFor({ state: 'visible' });
      assert.equal(await qr.evaluate((element) => element.tagName), 'svg');
      assert.equal(await decodeQr(qr), canonical(locale));
      // The open code pushes what follows down instead of covering it.
      const code = await qr.boundingBox();
      const edit = await page.getByRole('link', { name: text.edit, exact: true }).boundingBox();
      assert.ok(edit.y >= code.y + code.height, `the edit link (top ${edit.y}) is below the code (bottom ${code.y + code.height})`);
      assert.deepEqual(errors, []);
      await page.close();
    });

    it(`${locale}: "edit this page" links to the article's source file in the repository`, async () => {
      const { page } = await openPage(browser, `/${locale}/blogs/${ARTICLE}`);
      const link = page.getByRole('link', { name: text.edit, exact: true });
      assert.equal(await link.getAttribute('href'), `${repository}/edit/main/posts/${ARTICLE}/${locale}.mdx`);
      await page.close();
    });
  }

  it('works without JavaScript as far as it can: links and the QR code, but no copy button that could not work', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const { page } = await openPage(browser, `/zh/blogs/${ARTICLE}`, { context });
    await page.locator('summary', { hasText: '微信' }).click();
    assert.ok(await page.getByRole('img', { name: locales.zh.qr }).isVisible());
    assert.equal(await page.getByRole('link', { name: `X ${locales.zh.newWindow}` }).count(), 1);
    assert.equal(await page.getByRole('button', { name: locales.zh.copy }).count(), 0);
    await context.close();
  });

  it("offers the device's share sheet only where the browser has navigator.share, and hands it the article", async () => {
    const plain = await openPage(browser, `/en/blogs/${ARTICLE}`);
    // Chromium on Linux has no Web Share; the button must then be missing.
    assert.equal(await plain.page.evaluate(() => typeof navigator.share), 'undefined');
    await plain.page.getByRole('button', { name: 'Copy link' }).waitFor();
    assert.equal(await plain.page.getByRole('button', { name: 'Share…' }).count(), 0);
    await plain.page.close();

    const context = await browser.newContext();
    await context.addInitScript(() => {
      window.__shared = [];
      navigator.share = async (data) => {
        window.__shared.push(data);
      };
    });
    const { page, errors } = await openPage(browser, `/en/blogs/${ARTICLE}`, { context });
    const button = page.getByRole('button', { name: 'Share…' });
    await button.focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => window.__shared.length === 1);
    assert.deepEqual(await page.evaluate(() => window.__shared), [{ title: locales.en.title, url: canonical('en') }]);
    assert.deepEqual(errors, []);
    await context.close();
  });

  it('has no edit link for posts that are not in the repository (a posts folder elsewhere)', async () => {
    const page = await browser.newPage();
    await page.goto(`${fixtureUrl}/en/blogs/generated-0001`, { waitUntil: 'networkidle' });
    assert.equal(await page.getByRole('region', { name: locales.en.region }).count(), 1);
    assert.equal(await page.getByRole('link', { name: locales.en.edit }).count(), 0);
    await page.close();
  });
});
