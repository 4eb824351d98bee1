import { loadSiteStore } from '../../helpers/load-site-store';
import { post, validFields } from '../../helpers/write-posts';

const files = {
  'older/zh.mdx': post({ ...validFields, title: '旧文章 <一>', date: '2021-01-01' }),
  'newer/zh.mdx': post({ ...validFields, title: '新文章', date: '2024-02-02', updated: '2024-03-03' }),
  'newer/en.mdx': post({ ...validFields, title: 'New & shiny', date: '2024-02-02' }),
};

// An imported post that names nobody, beside one that names its author.
const withoutAuthor = {
  'imported/zh.mdx': post({ ...validFields, title: '旧博客文章', date: '2024-04-04', authors: [] }),
  'signed/zh.mdx': post({ ...validFields, title: '署名文章', date: '2023-03-03', authors: ['ada'] }),
};

function parseXml(text: string): Document {
  const document = new DOMParser().parseFromString(text, 'application/xml');
  expect(document.getElementsByTagName('parsererror')).toHaveLength(0);
  return document;
}

const texts = (document: Document, selector: string) => [...document.querySelectorAll(selector)].map((node) => node.textContent);

// Served with their content types by the routes; see e2e/listings.test.mjs.
describe('feeds', () => {
  let feeds: typeof import('@/lib/seo/feeds');
  beforeAll(async () => {
    feeds = await loadSiteStore(files, () => import('@/lib/seo/feeds'));
  });

  it('RSS 2.0 per locale: valid XML, localized channel, newest first, absolute links', async () => {
    const xml = parseXml(await feeds.feedText('zh', 'rss'));
    expect(xml.documentElement.getAttribute('version')).toBe('2.0');
    expect(texts(xml, 'channel > title')).toEqual(['DaoCloud 博客']);
    expect(texts(xml, 'channel > language')).toEqual(['zh-CN']);
    expect(texts(xml, 'item > title')).toEqual(['新文章', '旧文章 <一>']);
    expect(texts(xml, 'item > link')).toEqual(['http://localhost:3000/zh/blogs/newer', 'http://localhost:3000/zh/blogs/older']);
    expect(texts(xml, 'item > author')).toEqual(['阿达', '阿达']);
  });

  it('Atom per locale: valid XML, English entries only in the English feed, authors on the entries', async () => {
    const xml = parseXml(await feeds.feedText('en', 'atom'));
    expect(xml.documentElement.namespaceURI).toBe('http://www.w3.org/2005/Atom');
    expect(texts(xml, 'feed > title')).toEqual(['DaoCloud Blog']);
    expect(texts(xml, 'entry > title')).toEqual(['New & shiny']);
    expect(xml.querySelector('entry > link')?.getAttribute('href')).toBe('http://localhost:3000/en/blogs/newer');
    expect(texts(xml, 'entry > author > name')).toEqual(['Ada']);
    // Every entry names its author, so the feed itself names none.
    expect(xml.querySelector('feed > author')).toBeNull();
  });

  it('JSON Feed per locale with summaries and absolute URLs', async () => {
    const json = JSON.parse(await feeds.feedText('zh', 'json'));
    expect(json.version).toBe('https://jsonfeed.org/version/1');
    expect(json.home_page_url).toBe('http://localhost:3000/zh');
    expect(json.items.map((item: { url: string }) => item.url)).toEqual(['http://localhost:3000/zh/blogs/newer', 'http://localhost:3000/zh/blogs/older']);
    expect(json.items[0].content_html).toBe(validFields.description);
    expect(json.items[0].date_modified).toBe('2024-03-03T00:00:00.000Z');
    expect(json.items[0].author).toEqual({ name: '阿达', url: 'https://example.com/ada' });
  });
});

describe('feeds with a post that names no author', () => {
  let feeds: typeof import('@/lib/seo/feeds');
  beforeAll(async () => {
    feeds = await loadSiteStore(withoutAuthor, () => import('@/lib/seo/feeds'));
  });

  it('RSS 2.0: the item has no <author>, the signed one keeps its own', async () => {
    const xml = parseXml(await feeds.feedText('zh', 'rss'));
    const items = [...xml.querySelectorAll('item')];
    expect(items.map((item) => item.querySelector('title')?.textContent)).toEqual(['旧博客文章', '署名文章']);
    expect(items.map((item) => [...item.querySelectorAll('author')].map((author) => author.textContent))).toEqual([[], ['阿达']]);
  });

  it('Atom: stays valid (RFC 4287 4.1.1) with the site as the feed author; the entry names nobody itself', async () => {
    const xml = parseXml(await feeds.feedText('zh', 'atom'));
    const entries = [...xml.querySelectorAll('entry')];
    expect(entries.map((entry) => [...entry.querySelectorAll('author > name')].map((name) => name.textContent))).toEqual([[], ['阿达']]);
    // An entry without an author of its own takes the feed's: there must be one.
    expect(texts(xml, 'feed > author > name')).toEqual(['DaoCloud 博客']);
    expect(texts(xml, 'feed > author > uri')).toEqual(['http://localhost:3000/zh']);
    for (const author of xml.querySelectorAll('author')) expect(author.querySelector('name')?.textContent).toBeTruthy();
  });

  it('JSON Feed: the item has no author at all, and the feed none to inherit', async () => {
    const json = JSON.parse(await feeds.feedText('zh', 'json'));
    expect(json.items.map((item: { title: string }) => item.title)).toEqual(['旧博客文章', '署名文章']);
    expect(json.items[0]).not.toHaveProperty('author');
    expect(json.items[0]).not.toHaveProperty('authors');
    expect(json).not.toHaveProperty('author');
    expect(json).not.toHaveProperty('authors');
    expect(json.items[1].author).toEqual({ name: '阿达', url: 'https://example.com/ada' });
  });
});
