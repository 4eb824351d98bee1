import { gzipSync } from 'node:zlib';

/**
 * The reference for the search benchmark: the site's search before Pagefind,
 * one JSON file per language with every article's text and a posting list per
 * term (lowercase words, and the overlapping character bigrams of Chinese
 * runs), which the browser downloaded whole when search first opened. Built
 * here from the same prerendered articles Pagefind indexes, in that format.
 */
type Doc = { title: string; url: string; headings: string[]; text: string };

const CJK = '\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}\\u30fc';
const TOKEN = new RegExp(`[${CJK}]+|(?:(?![${CJK}])[\\p{L}\\p{N}\\p{M}])+`, 'gu');
const IS_CJK = new RegExp(`^[${CJK}]`, 'u');

function termsOf(text: string): string[] {
  return Array.from(text.toLowerCase().matchAll(TOKEN), ([token]) => {
    if (!IS_CJK.test(token)) return [token];
    const chars = Array.from(token);
    return chars.length === 1 ? chars : chars.slice(1).map((char, i) => chars[i] + char);
  }).flat();
}

const textOf = (html: string) =>
  html
    .replace(/<[^>]+>/g, ' ')
    .replace(/&[a-z#0-9]+;/gi, ' ')
    .replace(/\s+/g, ' ')
    .trim();

/** An article's title, headings and text, read from its prerendered page (the part search indexes). */
export function docOf(url: string, html: string): Doc | undefined {
  const start = html.indexOf('<article');
  if (start < 0 || !html.slice(start, start + 200).includes('data-pagefind-body')) return undefined;
  const article = html
    .slice(start, html.indexOf('</article>', start))
    .replace(/<(nav|dl)\b[^>]*data-pagefind-ignore[\s\S]*?<\/\1>/g, '');
  const title = textOf(/<h1[^>]*>([\s\S]*?)<\/h1>/.exec(article)?.[1] ?? '');
  const headings = [...article.matchAll(/<h[2-6][^>]*>([\s\S]*?)<\/h[2-6]>/g)].map((match) => textOf(match[1]).replace(/#$/, '').trim());
  return { title, url, headings, text: textOf(article.replace(/<h1[\s\S]*?<\/h1>/, '')) };
}

/** The gzip size of one language's single-file index of these articles. */
export function singleFileIndexBytes(docs: Doc[]): number {
  const postings = new Map<string, number[]>();
  const last = new Map<string, number>();
  docs.forEach((doc, n) => {
    const counts = new Map<string, number>();
    for (const term of termsOf(`${doc.title} ${doc.headings.join(' ')} ${doc.text}`)) counts.set(term, (counts.get(term) ?? 0) + 1);
    for (const [term, count] of counts) {
      const list = postings.get(term) ?? [];
      list.push((n - (last.get(term) ?? 0)) * 128 + Math.min(count, 15));
      last.set(term, n);
      postings.set(term, list);
    }
  });
  return gzipSync(JSON.stringify({ version: 1, docs, terms: Object.fromEntries(postings) })).length;
}
