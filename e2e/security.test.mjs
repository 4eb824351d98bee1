import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ARTICLE, baseUrl, useBrowser, request } from './browser.mjs';

const pages = ['/zh', '/en', `/zh/blogs/${ARTICLE}`, `/en/blogs/${ARTICLE}`, '/zh/blogs/category/blog', '/en/blogs/archive'];

function directives(policy) {
  return Object.fromEntries(policy.split(';').map((part) => part.trim().split(/\s+/)).map(([name, ...values]) => [name, values]));
}

/**
 * The policies of a response. Prerendered pages carry two: the common one and
 * their own list of script hashes; a browser enforces both, so an inline
 * script runs only if its hash is listed.
 */
function policies(response) {
  return (response.headers.get('content-security-policy') ?? '').split(/,\s*(?=default-src)/).map(directives);
}

describe('security headers', () => {
  for (const path of [...pages, '/zh/blogs/nope']) {
    it(`${path} sends the security headers and a Content-Security-Policy`, async () => {
      const response = await request(path);
      const headers = response.headers;
      assert.equal(headers.get('x-content-type-options'), 'nosniff');
      assert.equal(headers.get('referrer-policy'), 'strict-origin-when-cross-origin');
      assert.match(headers.get('permissions-policy') ?? '', /camera=\(\)/);
      assert.equal(headers.get('x-powered-by'), null);
      const all = policies(response);
      assert.ok(all.length >= 1);
      for (const policy of all) {
        assert.deepEqual(policy['frame-ancestors'], ["'none'"]);
        assert.ok(!policy['script-src'].includes("'unsafe-eval'"));
        // Search compiles WebAssembly; nothing else is loosened for it.
        assert.ok(policy['script-src'].includes("'wasm-unsafe-eval'"));
      }
    });
  }

  for (const path of [...pages, '/zh/blogs/nope']) {
    it(`${path} allows its inline scripts by hash only`, async () => {
      const hashed = policies(await request(path)).filter((policy) => policy['script-src'].some((source) => source.startsWith("'sha256-")));
      assert.equal(hashed.length, 1);
      assert.ok(!hashed[0]['script-src'].includes("'unsafe-inline'"), hashed[0]['script-src'].join(' '));
    });
  }

  it('hashed assets are cacheable for a year, pages and images by a CDN', async () => {
    const html = await (await request(`/en/blogs/${ARTICLE}`)).text();
    const script = html.match(/<script src="(\/_next\/static\/[^"]+)"/)[1];
    assert.equal((await request(script)).headers.get('cache-control'), 'public, max-age=31536000, immutable');
    assert.match((await request(`/en/blogs/${ARTICLE}`)).headers.get('cache-control') ?? '', /s-maxage=\d+/);
    assert.match((await request(`/en/blogs/${ARTICLE}/opengraph-image`)).headers.get('cache-control') ?? '', /max-age=\d+/);
    assert.match((await request(`/images/${ARTICLE}/trend.en.svg`)).headers.get('cache-control') ?? '', /max-age=86400/);
  });

  it('pages are sent without an ETag, which would cost a hash of the whole page per request', async () => {
    for (const path of [`/en/blogs/${ARTICLE}`, '/zh']) assert.equal((await request(path)).headers.get('etag'), null, path);
  });
});

describe('the pages work under their policy', () => {
  const browser = useBrowser();

  it('no page reports a policy violation, while reading, searching and sliding', async () => {
    const context = await browser.newContext();
    await context.addInitScript(() => {
      window.__violations = [];
      document.addEventListener('securitypolicyviolation', (event) => window.__violations.push(`${event.violatedDirective} ${event.blockedURI}`));
    });
    const page = await context.newPage();
    const console = [];
    page.on('console', (message) => /Content Security Policy/i.test(message.text()) && console.push(message.text()));
    for (const path of [...pages, '/en/no/such/page']) {
      await page.goto(`${baseUrl}${path}`, { waitUntil: 'networkidle' });
      assert.deepEqual(await page.evaluate(() => window.__violations), [], path);
    }
    await page.goto(`${baseUrl}/en/blogs/${ARTICLE}`, { waitUntil: 'networkidle' });
    await page.getByRole('slider').focus();
    await page.keyboard.press('End');
    assert.equal(await page.getByRole('slider').getAttribute('aria-valuenow'), '100');
    await page.keyboard.press('Control+k');
    await page.getByRole('combobox').fill('kubernetes');
    await page.getByRole('option').first().waitFor();
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Dark theme' }).click();
    assert.deepEqual(await page.evaluate(() => window.__violations), []);
    assert.deepEqual(console, []);
    await context.close();
  });

  it('an inline script the page did not ship is blocked', async () => {
    const page = await browser.newPage();
    await page.goto(`${baseUrl}/en/blogs/${ARTICLE}`, { waitUntil: 'networkidle' });
    const ran = await page.evaluate(async () => {
      const blocked = new Promise((resolve) => document.addEventListener('securitypolicyviolation', () => resolve('blocked'), { once: true }));
      const script = document.createElement('script');
      script.textContent = 'window.__injected = true;';
      document.body.append(script);
      return Promise.race([blocked, new Promise((resolve) => setTimeout(() => resolve(window.__injected ? 'ran' : 'silent'), 1000))]);
    });
    assert.equal(ran, 'blocked');
    await page.close();
  });
});
