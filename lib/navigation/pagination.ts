/** One page of a listing: its items, its number and how many pages there are. */
export type Page<T> = { items: T[]; page: number; totalPages: number };

export function pageCount(total: number, size: number): number {
  return Math.max(1, Math.ceil(total / size));
}

/** Page `page` (1-based) of `items`, or undefined when there is no such page. */
export function paginate<T>(items: T[], page: number, size: number): Page<T> | undefined {
  const totalPages = pageCount(items.length, size);
  if (!Number.isInteger(page) || page < 1 || page > totalPages) return undefined;
  return { items: items.slice((page - 1) * size, page * size), page, totalPages };
}

/** Listing URLs: page 1 is the listing itself, later pages are `<base>/page/<n>`. */
export function pageHref(base: string, page: number): string {
  return page === 1 ? base : `${base}/page/${page}`;
}

/** Static params for the numbered pages after the first. */
export function laterPages(total: number, size: number): string[] {
  return Array.from({ length: pageCount(total, size) - 1 }, (_, index) => String(index + 2));
}

/** A `[page]` URL segment as a page number; "1", "01" and anything not a plain number are not pages. */
export function parsePageParam(value: string): number | undefined {
  return /^[1-9]\d{0,5}$/.test(value) ? Number(value) : undefined;
}
