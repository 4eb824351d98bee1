/** @jest-environment node */
import { shareLinks } from '@/lib/share/share-links';

const url = 'https://blog.example.com/zh/blogs/221008-dce-bg';
const title = 'DCE 研发背景 & “云原生”?';

function byNetwork() {
  return Object.fromEntries(shareLinks(url, title).map((link) => [link.network, new URL(link.href)]));
}

describe('shareLinks', () => {
  it("points at each network's own share page", () => {
    const links = byNetwork();
    expect(Object.keys(links)).toEqual(['x', 'linkedin', 'weibo']);
    expect(links.x.origin + links.x.pathname).toBe('https://x.com/intent/post');
    expect(links.linkedin.origin + links.linkedin.pathname).toBe('https://www.linkedin.com/sharing/share-offsite/');
    expect(links.weibo.origin + links.weibo.pathname).toBe('https://service.weibo.com/share/share.php');
  });

  it('hands over the article URL and title intact, whatever characters they hold', () => {
    const links = byNetwork();
    expect(Object.fromEntries(links.x.searchParams)).toEqual({ url, text: title });
    expect(Object.fromEntries(links.linkedin.searchParams)).toEqual({ url });
    expect(Object.fromEntries(links.weibo.searchParams)).toEqual({ url, title });
  });

  it('percent-encodes every value, so nothing in a title can add or end a parameter', () => {
    for (const { href } of shareLinks(url, title)) {
      const query = href.slice(href.indexOf('?') + 1);
      expect(query).not.toMatch(/[ “”?#:/]/);
      expect(query.split('&')).toHaveLength(new URL(href).searchParams.size);
    }
    expect(shareLinks(url, title)[0].href).toContain('text=DCE%20%E7%A0%94%E5%8F%91%E8%83%8C%E6%99%AF%20%26%20');
  });

  it('adds no tracking or campaign parameter to the shared URL', () => {
    for (const { href } of shareLinks(url, title)) {
      const shared = new URL(new URL(href).searchParams.get('url')!);
      expect(shared.search).toBe('');
      expect(shared.toString()).toBe(url);
      expect(href).not.toMatch(/utm_|ref=|source=/);
    }
  });
});
