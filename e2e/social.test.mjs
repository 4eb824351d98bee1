import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ARTICLE, request } from './browser.mjs';

const SITE = 'http://localhost:3000';
const pages = ['/zh', '/en', `/zh/blogs/${ARTICLE}`, `/en/blogs/${ARTICLE}`];

/** The <head> of a page as [property-or-name, content] pairs, in order, with the byte offset where each tag ends. */
async function headOf(path) {
  const html = await (await request(path)).text();
  const head = html.slice(0, html.indexOf('</head>'));
  const tags = [...head.matchAll(/<meta (?:property|name)="([^"]+)" content="([^"]*)"\/?>/g)].map((match) => ({
    key: match[1],
    value: match[2].replace(/&amp;/g, '&'),
    end: Buffer.byteLength(html.slice(0, match.index + match[0].length)),
  }));
  return { html, tags, all: (key) => tags.filter((tag) => tag.key === key).map((tag) => tag.value), one: (key) => tags.find((tag) => tag.key === key)?.value };
}

function pngSize(bytes) {
  assert.equal(bytes.subarray(1, 4).toString('ascii'), 'PNG');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

async function image(url) {
  const response = await request(url.replace(SITE, ''));
  assert.equal(response.status, 200, url);
  assert.equal(response.headers.get('content-type'), 'image/png');
  return Buffer.from(await response.arrayBuffer());
}

describe('social previews', () => {
  for (const path of pages) {
    it(`${path}: og:image is a 1200x630 PNG that is served`, async () => {
      const { one } = await headOf(path);
      const url = one('og:image');
      assert.ok(url.startsWith(`${SITE}/`), url);
      assert.deepEqual(pngSize(await image(url)), { width: 1200, height: 630 });
      assert.equal(one('twitter:image'), url);
    });
  }

  for (const [locale, ogLocale, alternate, title] of [
    ['zh', 'zh_CN', 'en_US', 'DCE 研发背景'],
    ['en', 'en_US', 'zh_CN', 'DCE: Research and Development Background'],
  ]) {
    it(`${locale} article: the head has every Open Graph and Twitter tag with absolute URLs, within Slack's first 32 KB`, async () => {
      const { tags, one, all } = await headOf(`/${locale}/blogs/${ARTICLE}`);
      const expected = {
        'og:type': 'article',
        'og:title': title,
        'og:site_name': locale === 'zh' ? 'DaoCloud 博客' : 'DaoCloud Blog',
        'og:locale': ogLocale,
        'og:locale:alternate': alternate,
        'og:url': `${SITE}/${locale}/blogs/${ARTICLE}`,
        'og:image:width': '1200',
        'og:image:height': '630',
        'og:image:type': 'image/png',
        'og:image:alt': title,
        'article:published_time': '2022-10-08',
        'article:author': 'https://github.com/windsonsea',
        'article:section': locale === 'zh' ? '博客' : 'Blog',
        'twitter:card': 'summary_large_image',
        'twitter:title': title,
        'twitter:image:alt': title,
      };
      for (const [key, value] of Object.entries(expected)) assert.equal(one(key), value, key);
      assert.ok(one('og:description').length > 20);
      assert.equal(one('twitter:description'), one('og:description'));
      assert.equal(one('og:image'), `${SITE}/${locale}/blogs/${ARTICLE}/opengraph-image`);
      assert.deepEqual(all('article:tag'), locale === 'zh' ? ['DCE', 'Kubernetes', '容器', '云原生'] : ['DCE', 'Kubernetes', 'containers', 'cloud native']);
      const last = tags.filter((tag) => /^(og|article|twitter):/.test(tag.key)).at(-1);
      assert.ok(last.end < 32_768, `the last social tag ends at byte ${last.end}`);
    });
  }

  it('the index is a website with its own locale card', async () => {
    const { one } = await headOf('/en');
    assert.equal(one('og:type'), 'website');
    assert.equal(one('og:url'), `${SITE}/en`);
    assert.equal(one('og:image'), `${SITE}/en/opengraph-image`);
  });

  it('the Chinese and English article images differ', async () => {
    const [zh, en] = await Promise.all(['zh', 'en'].map((locale) => image(`/${locale}/blogs/${ARTICLE}/opengraph-image`)));
    assert.equal(zh.equals(en), false);
  });

  it('there is no image for a post that does not exist, nor an open title endpoint', async () => {
    assert.equal((await request(`/en/blogs/nope/opengraph-image`)).status, 404);
    assert.equal((await request(`/og?title=hello`)).status, 307);
    assert.equal((await request(`/zh/og?title=hello`)).status, 404);
  });
});
