import { laterPages, pageCount, pageHref, paginate, parsePageParam } from '@/lib/navigation/pagination';

const items = Array.from({ length: 23 }, (_, index) => index + 1);

describe('pagination', () => {
  it('counts pages, with one page even when there is nothing to list', () => {
    expect(pageCount(23, 10)).toBe(3);
    expect(pageCount(20, 10)).toBe(2);
    expect(pageCount(0, 10)).toBe(1);
  });

  it('slices pages, the last one partial', () => {
    expect(paginate(items, 1, 10)).toEqual({ items: items.slice(0, 10), page: 1, totalPages: 3 });
    expect(paginate(items, 3, 10)?.items).toEqual([21, 22, 23]);
  });

  it('has no page 0, past the end or between whole numbers', () => {
    expect(paginate(items, 0, 10)).toBeUndefined();
    expect(paginate(items, 4, 10)).toBeUndefined();
    expect(paginate(items, 1.5, 10)).toBeUndefined();
  });

  it('links page 1 to the listing itself and later pages to /page/<n>', () => {
    expect(pageHref('/zh', 1)).toBe('/zh');
    expect(pageHref('/zh', 2)).toBe('/zh/page/2');
    expect(pageHref('/en/blogs/tag/dce', 3)).toBe('/en/blogs/tag/dce/page/3');
  });

  it('prerenders the pages after the first', () => {
    expect(laterPages(23, 10)).toEqual(['2', '3']);
    expect(laterPages(7, 10)).toEqual([]);
  });

  it('reads only plain page numbers from the URL', () => {
    expect(parsePageParam('2')).toBe(2);
    for (const bad of ['0', '01', '-1', '2.5', '1e3', 'two', '', '9999999']) expect(parsePageParam(bad)).toBeUndefined();
  });
});
