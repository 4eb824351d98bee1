import type { Pagefind, PagefindData, PagefindResult, PagefindSubResult } from './pagefind';
import { HIGHLIGHT_PARAM } from './pagefind';

export type Segment = { text: string; mark: boolean };

/** One option of the dialog: a section of an article (or its opening, before the first heading). */
export type SearchOption = { url: string; title: string; section?: string; excerpt: Segment[] };

/** What a query found: how many articles, and the sections to show. */
export type Found = { total: number; options: SearchOption[] };

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

function decodeEntities(text: string): string {
  return text.replace(/&(#x[\da-f]+|#\d+|[a-z]+);/gi, (entity, name: string) => {
    if (name[0] !== '#') return ENTITIES[name.toLowerCase()] ?? entity;
    const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : Number(name.slice(1));
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : entity;
  });
}

/**
 * Pagefind's excerpt (escaped text with <mark> around matches) as text
 * segments, so that it is rendered as text and never parsed as HTML.
 * Neighbouring marks (a Chinese word split in two) become one.
 */
export function excerptSegments(html: string): Segment[] {
  const segments: Segment[] = [];
  html.split(/(<mark>[\s\S]*?<\/mark>)/).forEach((part) => {
    const mark = part.startsWith('<mark>');
    const text = decodeEntities(mark ? part.slice(6, -7) : part.replace(/<[^>]*>/g, ''));
    if (!text) return;
    const last = segments.at(-1);
    if (last && last.mark === mark) last.text += text;
    else segments.push({ text, mark });
  });
  return segments;
}

/** The query as one phrase: Pagefind then finds only pages with its words in this order, side by side. */
export function phraseOf(query: string): string {
  return `"${query.replace(/"/g, ' ').trim()}"`;
}

/**
 * Results that contain the query exactly as typed first, in their order, then
 * the others. An article found both ways keeps the result of the plain search,
 * whose sections are every section with the words (a phrase search marks only
 * where Pagefind's word boundaries line up with the phrase, which in Chinese
 * can be fewer places).
 */
export function exactFirst(exact: readonly PagefindResult[], plain: readonly PagefindResult[]): PagefindResult[] {
  const byId = new Map(plain.map((result) => [result.id, result]));
  const seen = new Set(exact.map((result) => result.id));
  return [...exact.map((result) => byId.get(result.id) ?? result), ...plain.filter((result) => !seen.has(result.id))];
}

/** The words the article marks when opened from a result (quotes removed). */
export function withHighlight(url: string, query: string): string {
  const terms = query.replace(/"/g, ' ').split(/\s+/).filter(Boolean);
  const parsed = new URL(url, 'https://site.invalid');
  for (const term of terms) parsed.searchParams.append(HIGHLIGHT_PARAM, term);
  return parsed.pathname + parsed.search + parsed.hash;
}

const weightOf = (section: PagefindSubResult) => section.weighted_locations.reduce((sum, location) => sum + location.balanced_score, 0);

/** An article's best sections (most matches first), each an option titled with the article and its heading. */
export function sectionsOf(data: PagefindData, query: string, perArticle: number): SearchOption[] {
  const title = data.meta.title ?? data.url;
  const sections = data.sub_results.length ? data.sub_results : [{ title, url: data.url, excerpt: data.excerpt, weighted_locations: [] }];
  return [...sections]
    .sort((a, b) => weightOf(b) - weightOf(a))
    .slice(0, perArticle)
    .map((section) => ({
      url: withHighlight(section.url, query),
      title,
      section: 'anchor' in section && section.anchor ? section.title : undefined,
      excerpt: excerptSegments(section.excerpt),
    }));
}

export const MAX_ARTICLES = 8;
export const SECTIONS_PER_ARTICLE = 3;

/**
 * Searches the phrase and the words at once (Pagefind fetches only the index
 * chunks of the words it needs, and each once), puts exact hits first, and
 * loads the sections of the first articles only.
 */
export async function find(pagefind: Pagefind, query: string): Promise<Found> {
  const [exact, plain] = await Promise.all([pagefind.search(phraseOf(query)), pagefind.search(query)]);
  const results = exactFirst(exact?.results ?? [], plain?.results ?? []);
  const data = await Promise.all(results.slice(0, MAX_ARTICLES).map((result) => result.data()));
  return { total: results.length, options: data.flatMap((page) => sectionsOf(page, query, SECTIONS_PER_ARTICLE)) };
}
