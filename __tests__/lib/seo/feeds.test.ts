import { loadSiteStore } from '../../helpers/load-site-store';
import { post, validFields } from '../../helpers/write-posts';

const files = {
  'older/zh.mdx': post({ ...validFields, title: '旧文章 <一>', date: '2021-01-01' }),
  'newer/zh.mdx': post({ ...validFields, title: '新文章', date: '2024-02-02', updated: '2024-03-03' }),
  'newer/en.mdx': post({ ...validFields, title: 'New & shiny', date: '2024-02-02' }),
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
    const xml = parseXml((await feeds.buildFeed('zh')).rss2());
    expect(xml.documentElement.getAttribute('version')).toBe('2.0');
    expect(texts(xml, 'channel > title')).toEqual(['DaoCloud 博客']);
    expect(texts(xml, 'channel > language')).toEqual(['zh-CN']);
    expect(texts(xml, 'item > title')).toEqual(['新文章', '旧文章 <一>']);
    expect(texts(xml, 'item > link')).toEqual(['http://localhost:3000/zh/blogs/newer', 'http://localhost:3000/zh/blogs/older']);
  });

  it('Atom per locale: valid XML, English entries only in the English feed', async () => {
    const xml = parseXml((await feeds.buildFeed('en')).atom1());
    expect(xml.documentElement.namespaceURI).toBe('http://www.w3.org/2005/Atom');
    expect(texts(xml, 'feed > title')).toEqual(['DaoCloud Blog']);
    expect(texts(xml, 'entry > title')).toEqual(['New & shiny']);
    expect(xml.querySelector('entry > link')?.getAttribute('href')).toBe('http://localhost:3000/en/blogs/newer');
  });

  it('JSON Feed per locale with summaries and absolute URLs', async () => {
    const json = JSON.parse((await feeds.buildFeed('zh')).json1());
    expect(json.version).toBe('https://jsonfeed.org/version/1');
    expect(json.home_page_url).toBe('http://localhost:3000/zh');
    expect(json.items.map((item: { url: string }) => item.url)).toEqual(['http://localhost:3000/zh/blogs/newer', 'http://localhost:3000/zh/blogs/older']);
    expect(json.items[0].content_html).toBe(validFields.description);
    expect(json.items[0].date_modified).toBe('2024-03-03T00:00:00.000Z');
  });
});
