import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ARTICLE, useBrowser, openPage } from './browser.mjs';

const PULLS = ['2451', '2666', '2835', '3203', '68', '210', '418', '794', '1144', '1463', '2072', '2239', '2240'];

/**
 * Layout shifts seen by the page from before the first paint, with the
 * elements that moved, so a shift caused by a figure can be told apart.
 */
async function trackLayoutShift(context) {
  await context.addInitScript(() => {
    window.__shifts = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        if (entry.hadRecentInput) continue;
        const nodes = entry.sources.map((source) => source.node).filter(Boolean);
        window.__shifts.push({
          value: entry.value,
          byFigure: nodes.some((node) => node.nodeType === 1 && node.closest('.figure, .image-compare, img, .conformance-badges')),
          nodes: nodes.map((node) => (node.nodeType === 1 ? `${node.tagName}.${node.className}` : node.nodeName)),
        });
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
}

describe('components in the article', () => {
  const browser = useBrowser();

  for (const locale of ['zh', 'en']) {
    it(`${locale}: the comparison slider moves with the keyboard and the split follows`, async () => {
      const { page, errors } = await openPage(browser, `/${locale}/blogs/${ARTICLE}`);
      const slider = page.getByRole('slider');
      const frame = page.locator('.image-compare__frame');
      assert.equal(await slider.getAttribute('aria-valuenow'), '50');
      await slider.focus();
      for (const key of ['ArrowRight', 'ArrowRight', 'ArrowUp', 'PageUp']) await page.keyboard.press(key);
      assert.equal(await slider.getAttribute('aria-valuenow'), '63');
      assert.equal(await frame.evaluate((el) => el.style.getPropertyValue('--split')), '63%');
      const clip = await page.locator('.image-compare__after').evaluate((el) => getComputedStyle(el).clipPath);
      assert.equal(clip, 'inset(0px 0px 0px 63%)');
      await page.keyboard.press('Home');
      assert.equal(await slider.getAttribute('aria-valuenow'), '0');
      await page.keyboard.press('End');
      await page.keyboard.press('PageDown');
      assert.equal(await slider.getAttribute('aria-valuenow'), '90');
      assert.deepEqual(errors, []);
      await page.close();
    });
  }

  it('the comparison slider follows a mouse drag and jumps to a click', async () => {
    const { page } = await openPage(browser, `/en/blogs/${ARTICLE}`);
    const frame = page.locator('.image-compare__frame');
    await frame.scrollIntoViewIfNeeded();
    const box = await frame.boundingBox();
    const y = box.y + box.height / 2;
    await page.mouse.move(box.x + box.width * 0.2, y);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width * 0.5, y, { steps: 5 });
    await page.mouse.move(box.x + box.width * 0.8, y, { steps: 5 });
    await page.mouse.up();
    const afterDrag = Number(await page.getByRole('slider').getAttribute('aria-valuenow'));
    assert.ok(Math.abs(afterDrag - 80) <= 1, `expected about 80, got ${afterDrag}`);
    const dividerX = await page.locator('.image-compare__divider').evaluate((el) => el.getBoundingClientRect().left);
    assert.ok(Math.abs(dividerX - (box.x + box.width * 0.8)) < 3, 'the divider is drawn where the pointer let go');
    await page.mouse.click(box.x + box.width * 0.3, y);
    const afterClick = Number(await page.getByRole('slider').getAttribute('aria-valuenow'));
    assert.ok(Math.abs(afterClick - 30) <= 1, `expected about 30, got ${afterClick}`);
    await page.close();
  });

  /** Puts the divider at an edge with the keyboard and measures the grip against the frame. */
  async function gripAtEdge(page, key) {
    const slider = page.getByRole('slider');
    await slider.focus();
    await page.keyboard.press(key);
    const frame = await page.locator('.image-compare__frame').boundingBox();
    const grip = await slider.boundingBox();
    const centre = { x: grip.x + grip.width / 2, y: grip.y + grip.height / 2 };
    // What a pointer hits where the grip is drawn (nothing may sit on top of it).
    const hit = await page.evaluate(({ x, y }) => document.elementFromPoint(x, y)?.getAttribute('role'), centre);
    return { slider, frame, grip, centre, hit };
  }

  function assertWholeInside(grip, frame, where) {
    assert.ok(grip.width >= 24 && grip.height >= 24, `${where}: the grip is ${grip.width} x ${grip.height} px`);
    assert.ok(grip.x >= frame.x && grip.x + grip.width <= frame.x + frame.width, `${where}: the grip spans ${grip.x}..${grip.x + grip.width}, the frame ${frame.x}..${frame.x + frame.width}`);
    assert.ok(grip.y >= frame.y && grip.y + grip.height <= frame.y + frame.height, `${where}: the grip is cut off at the top or bottom`);
  }

  for (const [key, value, direction] of [['Home', 0, 1], ['End', 100, -1]]) {
    it(`at ${value}, the grip is whole inside the frame and a mouse drags it from where it is drawn`, async () => {
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
      const { page } = await openPage(browser, `/en/blogs/${ARTICLE}`, { context });
      await page.locator('.image-compare__frame').scrollIntoViewIfNeeded();
      const { slider, frame, grip, centre, hit } = await gripAtEdge(page, key);
      assert.equal(await slider.getAttribute('aria-valuenow'), String(value));
      assertWholeInside(grip, frame, `at ${value}`);
      assert.equal(hit, 'slider');
      await page.mouse.move(centre.x, centre.y);
      await page.mouse.down();
      // Pressing the grip does not move the divider; dragging it does, by as much as the pointer moves.
      assert.equal(await slider.getAttribute('aria-valuenow'), String(value));
      await page.mouse.move(centre.x + direction * frame.width * 0.25, centre.y, { steps: 5 });
      await page.mouse.up();
      const moved = Number(await slider.getAttribute('aria-valuenow'));
      assert.ok(Math.abs(moved - (value + direction * 25)) <= 1, `expected about ${value + direction * 25}, got ${moved}`);
      await context.close();
    });
  }

  it('on a phone, the grip at either edge is whole inside the frame and follows a finger', async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true, deviceScaleFactor: 2 });
    const { page } = await openPage(browser, `/zh/blogs/${ARTICLE}`, { context });
    await page.locator('.image-compare__frame').scrollIntoViewIfNeeded();
    // Real touch input, which the page receives as pointer events of type "touch".
    const cdp = await context.newCDPSession(page);
    const touch = (type, x, y) => cdp.send('Input.dispatchTouchEvent', { type, touchPoints: type === 'touchEnd' ? [] : [{ x, y }] });
    const pointerTypes = [];
    await page.exposeFunction('__pointerType', (type) => pointerTypes.push(type));
    await page.evaluate(() => document.querySelector('.image-compare__frame').addEventListener('pointerdown', (event) => window.__pointerType(event.pointerType)));
    for (const [key, value, direction] of [['End', 100, -1], ['Home', 0, 1]]) {
      const { slider, frame, grip, centre, hit } = await gripAtEdge(page, key);
      assertWholeInside(grip, frame, `at ${value}`);
      assert.equal(hit, 'slider');
      await touch('touchStart', centre.x, centre.y);
      for (let step = 1; step <= 5; step++) await touch('touchMove', centre.x + (direction * frame.width * 0.3 * step) / 5, centre.y);
      await touch('touchEnd');
      const moved = Number(await slider.getAttribute('aria-valuenow'));
      assert.ok(Math.abs(moved - (value + direction * 30)) <= 1, `at ${value}: expected about ${value + direction * 30}, got ${moved}`);
    }
    assert.deepEqual(pointerTypes, ['touch', 'touch']);
    await context.close();
  });

  for (const locale of ['zh', 'en']) {
    it(`${locale}: every image loads, including both sides of the comparison`, async () => {
      const failed = [];
      const context = await browser.newContext();
      context.on('response', (response) => {
        if (response.request().resourceType() === 'image' && response.status() >= 400) failed.push(response.url());
      });
      const { page } = await openPage(browser, `/${locale}/blogs/${ARTICLE}`, { context });
      await page.evaluate(() => Promise.all([...document.images].map((img) => (img.loading = 'eager') && img.decode().catch(() => {}))));
      const images = await page.evaluate(() => [...document.images].map((img) => ({ src: img.getAttribute('src'), ok: img.complete && img.naturalWidth > 0 })));
      assert.equal(images.length, 6);
      assert.deepEqual(images.filter((image) => !image.ok), []);
      assert.deepEqual(failed, []);
      for (const name of ['compare-vm', 'compare-bare-metal', 'meta', 'trend', 'ops-rank', 'position']) {
        assert.ok(images.some((image) => image.src === `/images/${ARTICLE}/${name}.${locale}.svg`), `${name}.${locale}.svg is on the page`);
      }
      await context.close();
    });

    it(`${locale}: the 13 conformance badges link to their pull requests in two groups`, async () => {
      const { page } = await openPage(browser, `/${locale}/blogs/${ARTICLE}`);
      const hrefs = await page.locator('.conformance-badge').evaluateAll((links) => links.map((link) => link.getAttribute('href')));
      assert.deepEqual(hrefs, PULLS.map((pr) => `https://github.com/cncf/k8s-conformance/pull/${pr}`));
      assert.equal(await page.locator('.conformance-badges--upstream .conformance-badge').count(), 4);
      assert.equal(await page.locator('.conformance-badges--klts .conformance-badge').count(), 9);
      // The name starts with what the badge shows, so a voice-control user can say it.
      const name = locale === 'en' ? /^Certified 1\.26: Kubernetes 1\.26, CNCF-certified conformant \(k8s-conformance pull request #2451\)$/ : /^认证 1\.26：Kubernetes 1\.26 已通过 CNCF 一致性认证/;
      assert.equal(await page.getByRole('link', { name }).count(), 1);
      await page.close();
    });

    it(`${locale}: figures cause no layout shift`, async () => {
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
      await trackLayoutShift(context);
      const { page } = await openPage(browser, `/${locale}/blogs/${ARTICLE}`, { context });
      for (let y = 0; y < 12000; y += 600) {
        await page.evaluate((top) => window.scrollTo(0, top), y);
        await page.waitForTimeout(50);
      }
      await page.waitForLoadState('networkidle');
      const shifts = await page.evaluate(() => window.__shifts);
      assert.deepEqual(shifts.filter((shift) => shift.byFigure), [], JSON.stringify(shifts));
      await context.close();
    });
  }

  it('printing shows both pictures of the comparison whole', async () => {
    const { page } = await openPage(browser, `/en/blogs/${ARTICLE}`);
    await page.emulateMedia({ media: 'print' });
    const clips = await page.locator('.image-compare__frame img').evaluateAll((imgs) => imgs.map((img) => getComputedStyle(img).clipPath));
    assert.deepEqual(clips, ['none', 'none']);
    assert.equal(await page.locator('.image-compare__handle').isVisible(), false);
    await page.close();
  });
});
