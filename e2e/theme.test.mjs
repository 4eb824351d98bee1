import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ARTICLE, baseUrl, useBrowser } from './browser.mjs';

/** Records the theme in force when <body> starts, i.e. before anything could be painted. */
async function watchFirstPaint(context) {
  await context.addInitScript(() => {
    new MutationObserver((_, observer) => {
      if (!document.body) return;
      window.__themeAtBody = document.documentElement.dataset.theme ?? 'system';
      window.__schemeAtBody = getComputedStyle(document.documentElement).colorScheme;
      observer.disconnect();
    }).observe(document, { childList: true, subtree: true });
  });
}

/** The theme's colours as the browser resolves them, as rgb() strings. */
function resolveColors(page, names) {
  return page.evaluate((variables) => {
    const probe = document.body.appendChild(document.createElement('span'));
    const colors = Object.fromEntries(
      variables.map((name) => {
        probe.style.color = `var(${name})`;
        return [name, getComputedStyle(probe).color];
      }),
    );
    probe.remove();
    return colors;
  }, names);
}

function luminance(rgb) {
  const [r, g, b] = rgb.match(/\d+/g).slice(0, 3).map((part) => {
    const c = Number(part) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
const contrast = (a, b) => {
  const [l1, l2] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (l1 + 0.05) / (l2 + 0.05);
};

const DARK_BG = 'rgb(15, 20, 25)';

describe('themes', () => {
  const browser = useBrowser();

  it('follows the system preference when the reader has not chosen', async () => {
    for (const [scheme, bg] of [['dark', DARK_BG], ['light', 'rgb(255, 255, 255)']]) {
      const context = await browser.newContext({ colorScheme: scheme });
      const page = await context.newPage();
      await page.goto(`${baseUrl}/en`);
      assert.equal(await page.evaluate(() => getComputedStyle(document.body).backgroundColor), bg);
      await context.close();
    }
  });

  it('the toggle switches the theme, and after a reload the first paint already has it', async () => {
    const context = await browser.newContext({ colorScheme: 'light' });
    await watchFirstPaint(context);
    const page = await context.newPage();
    await page.goto(`${baseUrl}/zh/blogs/${ARTICLE}`);
    const toggle = page.getByRole('button', { name: '深色模式' });
    await page.waitForSelector('.theme-toggle[aria-pressed]');
    assert.equal(await toggle.getAttribute('aria-pressed'), 'false');
    await toggle.click();
    assert.equal(await toggle.getAttribute('aria-pressed'), 'true');
    assert.equal(await page.evaluate(() => document.documentElement.dataset.theme), 'dark');
    await page.reload();
    assert.equal(await page.evaluate(() => window.__themeAtBody), 'dark');
    assert.equal(await page.evaluate(() => window.__schemeAtBody), 'dark');
    assert.equal(await page.evaluate(() => getComputedStyle(document.body).backgroundColor), DARK_BG);
    await page.goto(`${baseUrl}/en`);
    assert.equal(await page.evaluate(() => window.__themeAtBody), 'dark');
    assert.equal(await page.evaluate(() => window.__schemeAtBody), 'dark');
    await page.waitForSelector('.theme-toggle[aria-pressed]');
    assert.equal(await page.getByRole('button', { name: 'Dark theme' }).getAttribute('aria-pressed'), 'true');
    await context.close();
  });

  it('text, secondary text and links have AA contrast in both themes', async () => {
    for (const theme of ['light', 'dark']) {
      const context = await browser.newContext();
      await context.addInitScript((value) => localStorage.setItem('theme', value), theme);
      const page = await context.newPage();
      await page.goto(`${baseUrl}/en/blogs/${ARTICLE}`);
      const colors = await resolveColors(page, ['--bg', '--fg', '--muted', '--accent', '--surface']);
      for (const foreground of ['--fg', '--muted', '--accent']) {
        for (const background of ['--bg', '--surface']) {
          const ratio = contrast(colors[foreground], colors[background]);
          assert.ok(ratio >= 4.5, `${theme}: ${foreground} on ${background} is ${ratio.toFixed(2)}:1`);
        }
      }
      await context.close();
    }
  });
});
