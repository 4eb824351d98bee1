import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, it } from 'node:test';
import { ARTICLE, baseUrl, fixtureUrl, useBrowser } from './browser.mjs';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const BLOCKING = new Set(['serious', 'critical']);

/** Opens a page in the given theme (chosen as the toggle stores it) with axe-core loaded into it. */
async function openWithAxe(browser, url, theme) {
  const context = await browser.newContext({ colorScheme: theme, viewport: { width: 1280, height: 800 } });
  await context.addInitScript((value) => localStorage.setItem('theme', value), theme);
  const page = await context.newPage();
  const response = await page.goto(url, { waitUntil: 'networkidle' });
  assert.equal(response.status(), 200);
  assert.equal(await page.evaluate(() => document.documentElement.dataset.theme), theme);
  // Evaluated through the browser's debugging protocol, which the page's Content-Security-Policy does not govern.
  await page.evaluate(axeSource);
  return { page, close: () => context.close() };
}

/** Serious and critical violations, each with the elements at fault, as one readable message. */
async function blockingViolations(page) {
  const violations = await page.evaluate(async () => {
    const results = await window.axe.run(document, { resultTypes: ['violations'] });
    return results.violations.map(({ id, impact, help, nodes }) => ({
      id,
      impact,
      help,
      nodes: nodes.slice(0, 5).map((node) => `${node.target.join(' ')}: ${node.failureSummary?.replace(/\s+/g, ' ')}`),
    }));
  });
  return violations
    .filter((violation) => BLOCKING.has(violation.impact))
    .map((violation) => `${violation.impact} ${violation.id} (${violation.help}):\n    ${violation.nodes.join('\n    ')}`);
}

describe('accessibility (axe-core)', () => {
  const browser = useBrowser();

  for (const locale of ['zh', 'en']) {
    for (const theme of ['light', 'dark']) {
      it(`${locale}, ${theme} theme: the article has no serious or critical violation`, async () => {
        const { page, close } = await openWithAxe(browser, `${baseUrl}/${locale}/blogs/${ARTICLE}`, theme);
        const found = await blockingViolations(page);
        assert.deepEqual(found, [], found.join('\n'));
        await close();
      });
    }
  }

  for (const theme of ['light', 'dark']) {
    it(`${theme} theme: an imported post (admonitions, tabs, cards, a diagram, tables, video) has none either`, async () => {
      const { page, close } = await openWithAxe(browser, `${fixtureUrl}/en/blogs/240301-constructs`, theme);
      const found = await blockingViolations(page);
      assert.deepEqual(found, [], found.join('\n'));
      await close();
    });
  }

  it('the enlarged picture’s dialog has none', async () => {
    const { page, close } = await openWithAxe(browser, `${baseUrl}/zh/blogs/${ARTICLE}`, 'dark');
    await page.locator('.figure a').first().click();
    await page.getByRole('dialog').waitFor();
    const found = await blockingViolations(page);
    assert.deepEqual(found, [], found.join('\n'));
    await close();
  });
});
