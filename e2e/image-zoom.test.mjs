import assert from 'node:assert/strict';
import { gzipSync } from 'node:zlib';
import { describe, it } from 'node:test';
import { ARTICLE, baseUrl, fixtureUrl, openPage, useBrowser } from './browser.mjs';

const FIGURE = `/images/${ARTICLE}/meta.en.svg`;
const ALT = /^A real-world city and its people mirrored in the cloud/;
const ZOOM_SCRIPT = '/image-zoom.js';

async function openArticle(browser, options = {}) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, ...options });
  const { page, errors } = await openPage(browser, `/en/blogs/${ARTICLE}`, { context });
  // The script marks each picture as opening a dialog when it has run.
  await page.locator('.figure a[aria-haspopup="dialog"]').first().waitFor({ state: 'attached' });
  return { page, errors, context };
}

/** Tabs forward until the given link has the focus, as a keyboard user would reach it. */
async function tabTo(page, locator) {
  for (let presses = 0; presses < 80; presses++) {
    await page.keyboard.press('Tab');
    if (await locator.evaluate((element) => element === document.activeElement)) return;
  }
  assert.fail('the picture could not be reached with Tab');
}

/** Lets the page paint twice, so a scroll that was going to happen has happened. */
const settle = (page) => page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));

/** The zoom's scripts that a page loads, as paths with their gzip sizes. */
async function zoomScripts(page) {
  const sources = await page.evaluate(() => [...document.querySelectorAll('script[src]')].map((script) => script.src));
  const found = [];
  for (const src of sources.filter((source) => new URL(source).pathname === ZOOM_SCRIPT)) {
    const body = Buffer.from(await (await fetch(src)).arrayBuffer());
    found.push({ path: new URL(src).pathname, gzip: gzipSync(body, { level: 9 }).length });
  }
  return found;
}

describe('image zoom', () => {
  const browser = useBrowser();

  it('opens a figure from the keyboard in a dialog named by its alt text, and Esc gives the focus back', async () => {
    const { page, errors, context } = await openArticle(browser);
    const link = page.getByRole('link', { name: ALT });
    assert.equal(await link.getAttribute('href'), FIGURE);
    await tabTo(page, link);
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: ALT });
    await dialog.waitFor();
    assert.equal(page.url(), `${baseUrl}/en/blogs/${ARTICLE}`, 'the link was not followed');
    const full = dialog.locator('img');
    assert.equal(await full.getAttribute('src'), FIGURE);
    await full.evaluate((img) => img.decode());
    assert.equal((await full.boundingBox()).width, 960, 'the picture is shown at its full size');
    assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('aria-label')), 'Close the enlarged picture');
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    assert.ok(await link.evaluate((element) => element === document.activeElement), 'the focus is back on the picture');
    // Space opens it too.
    await page.keyboard.press(' ');
    await dialog.waitFor();
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    assert.deepEqual(errors, []);
    await context.close();
  });

  it('closes with its button and with a click beside the picture, and the page behind does not scroll meanwhile', async () => {
    const { page, context } = await openArticle(browser);
    const link = page.getByRole('link', { name: ALT });
    await link.scrollIntoViewIfNeeded();
    await link.click();
    const dialog = page.getByRole('dialog', { name: ALT });
    await dialog.waitFor();
    const before = await page.evaluate(() => window.scrollY);
    await page.mouse.move(640, 400);
    await page.mouse.wheel(0, 1500);
    await page.keyboard.press('PageDown');
    await settle(page);
    assert.equal(await page.evaluate(() => window.scrollY), before, 'the page behind the dialog stayed where it was');
    await page.getByRole('button', { name: 'Close the enlarged picture' }).click();
    await dialog.waitFor({ state: 'detached' });
    assert.ok(await link.evaluate((element) => element === document.activeElement));

    await link.click();
    await dialog.waitFor();
    // The picture is centred; the screen's corner is beside it.
    await page.mouse.click(8, 792);
    await dialog.waitFor({ state: 'detached' });
    assert.ok(await link.evaluate((element) => element === document.activeElement));
    // Closed, the page scrolls again.
    await page.mouse.wheel(0, 600);
    await page.waitForFunction((y) => window.scrollY !== y, before);
    await context.close();
  });

  it('on a phone, shows the picture larger than the page does and leaves pinch-zoom on', async () => {
    const { page, context } = await openArticle(browser, { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true, deviceScaleFactor: 2 });
    const viewport = await page.locator('meta[name="viewport"]').getAttribute('content');
    assert.doesNotMatch(viewport ?? '', /user-scalable\s*=\s*(?:no|0)|maximum-scale\s*=\s*1(?:\.0*)?(?:\D|$)/);
    const link = page.getByRole('link', { name: ALT });
    await link.scrollIntoViewIfNeeded();
    const inPage = (await link.locator('img').boundingBox()).width;
    await link.tap();
    const dialog = page.getByRole('dialog', { name: ALT });
    await dialog.waitFor();
    const full = dialog.locator('img');
    await full.evaluate((img) => img.decode());
    assert.ok((await full.boundingBox()).width > inPage * 2, 'the picture is more than twice as wide as on the page');
    const touchAction = await full.evaluate((img) => getComputedStyle(img).touchAction);
    assert.ok(touchAction === 'auto' || touchAction.includes('pinch-zoom'), `touch-action: ${touchAction}`);
    await context.close();
  });

  it('without JavaScript, a figure is a link to its image file', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const { page } = await openPage(browser, `/en/blogs/${ARTICLE}`, { context });
    const link = page.getByRole('link', { name: ALT });
    assert.equal(await link.getAttribute('aria-haspopup'), null);
    const [response] = await Promise.all([page.waitForNavigation(), link.click()]);
    assert.equal(new URL(response.url()).pathname, FIGURE);
    assert.match(response.headers()['content-type'], /^image\/svg\+xml/);
    await context.close();
  });

  it('leaves the comparison slider alone', async () => {
    const { page, context } = await openArticle(browser);
    assert.equal(await page.locator('.image-compare a, .image-compare .image-zoom__trigger').count(), 0);
    const frame = page.locator('.image-compare__frame');
    await frame.scrollIntoViewIfNeeded();
    await frame.click({ position: { x: 40, y: 40 } });
    await settle(page);
    assert.equal(await page.getByRole('dialog').count(), 0);
    await context.close();
  });

  it('zooms a diagram drawn in SVG too, with the diagram’s name', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await page.goto(`${fixtureUrl}/en/blogs/240301-constructs`, { waitUntil: 'networkidle' });
    const drawing = page.locator('article figure.mermaid svg[role="img"]');
    const name = await drawing.getAttribute('aria-label');
    const button = page.getByRole('button', { name });
    assert.equal(await button.getAttribute('aria-haspopup'), 'dialog');
    const inPage = (await drawing.boundingBox()).width;
    await button.focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name });
    await dialog.waitFor();
    const copy = dialog.locator('svg');
    assert.ok((await copy.boundingBox()).width > inPage, 'the diagram is drawn larger');
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    assert.ok(await button.evaluate((element) => element === document.activeElement));
    await context.close();
  });

  it('its code is under 2 KB gzip and only pages with figures load it', async () => {
    const { page, context } = await openArticle(browser);
    const scripts = await zoomScripts(page);
    assert.equal(scripts.length, 1, 'loaded once, though the article has four figures');
    assert.ok(scripts[0].gzip < 2048, `${scripts[0].gzip} bytes gzip`);
    const withoutFigures = await context.newPage();
    await withoutFigures.goto(`${fixtureUrl}/en/blogs/generated-0001`, { waitUntil: 'networkidle' });
    assert.equal(await withoutFigures.locator('article').count(), 1);
    assert.deepEqual(await zoomScripts(withoutFigures), []);
    await context.close();
  });
});
