/**
 * The part of Pagefind's browser API (https://pagefind.app/docs/api/) that the
 * search dialog uses. Its bundle is written by scripts/search-index.mjs and
 * served under /pagefind/; it is imported by URL, the first time search opens,
 * so nothing of it is in the site's own scripts.
 */
export type PagefindLocation = { weight: number; balanced_score: number; location: number };

export type PagefindSubResult = {
  title: string;
  url: string;
  /** Text with the matched words in <mark>, otherwise HTML-escaped. */
  excerpt: string;
  /** The heading the section starts at; none for the text before the first heading. */
  anchor?: { element: string; id: string; text: string; location: number };
  weighted_locations: PagefindLocation[];
};

export type PagefindData = { url: string; excerpt: string; meta: { title?: string }; sub_results: PagefindSubResult[] };

export type PagefindResult = { id: string; score: number; data: () => Promise<PagefindData> };

export type Pagefind = {
  options: (options: Record<string, unknown>) => Promise<void>;
  search: (query: string) => Promise<{ results: PagefindResult[] } | null>;
};

const BUNDLE = '/pagefind/';

/** Words of an excerpt, before and around the match. */
const EXCERPT_WORDS = 24;

/**
 * Imports Pagefind's script. It chooses its index by the page's `<html lang>`
 * (lower-cased: `zh-cn`, `en`), the same key the index was built with, so each
 * language searches only its own pages.
 */
export async function loadPagefind(): Promise<Pagefind> {
  // A URL served by the site, not a module of the bundle: neither bundler may resolve it.
  const url: string = `${BUNDLE}pagefind.js`;
  const pagefind = (await import(/* webpackIgnore: true */ /* turbopackIgnore: true */ url)) as Pagefind;
  await pagefind.options({ excerptLength: EXCERPT_WORDS });
  return pagefind;
}

/** The query parameter that carries the searched words to the article, which marks them (components/SearchHighlight.tsx). */
export const HIGHLIGHT_PARAM = 'highlight';

/** Marks the words in HIGHLIGHT_PARAM on the article, with Pagefind's highlight script. */
export async function highlightSearchTerms(className: string): Promise<void> {
  const url: string = `${BUNDLE}pagefind-highlight.js`;
  const { default: PagefindHighlight } = (await import(/* webpackIgnore: true */ /* turbopackIgnore: true */ url)) as {
    default: new (options: Record<string, unknown>) => unknown;
  };
  // addStyles would put an inline <style> into the page, which its policy refuses: the site styles the marks.
  new PagefindHighlight({ highlightParam: HIGHLIGHT_PARAM, addStyles: false, markOptions: { className, exclude: ['[data-pagefind-ignore]', '[data-pagefind-ignore] *'] } });
}
