import { isWide } from '@/lib/content/cjk';
import { fold, type Token } from './tokenize';

export type Segment = { text: string; mark: boolean };

/** A letter or digit that continues a space-separated word (CJK characters do not: see tokenize.ts). */
const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;
const continuesWord = (char = '') => WORD_CHAR.test(char) && !isWide(char);

/** Where the tokens occur, sorted and merged: CJK runs anywhere, words where a word starts (prefixes). */
function matches(text: string, tokens: readonly Token[]): [number, number][] {
  const folded = fold(text);
  const found: [number, number][] = [];
  for (const { text: token, cjk } of tokens) {
    for (let at = folded.indexOf(token); at >= 0; at = folded.indexOf(token, at + 1)) {
      if (cjk || !continuesWord(folded[at - 1])) found.push([at, at + token.length]);
    }
  }
  found.sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const range of found) {
    const last = merged[merged.length - 1];
    if (last && range[0] <= last[1]) last[1] = Math.max(last[1], range[1]);
    else merged.push(range);
  }
  return merged;
}

function segments(text: string, ranges: readonly [number, number][], offset = 0): Segment[] {
  const out: Segment[] = [];
  let at = 0;
  for (const [start, end] of ranges) {
    const from = Math.max(start - offset, at);
    const to = Math.min(end - offset, text.length);
    if (to <= from) continue;
    if (from > at) out.push({ text: text.slice(at, from), mark: false });
    out.push({ text: text.slice(from, to), mark: true });
    at = to;
  }
  if (at < text.length) out.push({ text: text.slice(at), mark: false });
  return out;
}

/** The whole text with every match marked (for titles). */
export function highlight(text: string, tokens: readonly Token[]): Segment[] {
  return segments(text, matches(text, tokens));
}

const width = (char: string) => (isWide(char) ? 2 : 1);
const isLowSurrogate = (text: string, at: number) => /[\udc00-\udfff]/.test(text[at] ?? '');

/**
 * About `columns` columns of text (a CJK character counts two) around the
 * first match, with the matches marked; "…" where the text was cut. Latin
 * text is cut between words.
 */
export function snippet(text: string, tokens: readonly Token[], columns = 160): Segment[] {
  const ranges = matches(text, tokens);
  const first = ranges[0]?.[0] ?? 0;
  let start = first;
  for (let used = 0; start > 0 && used < columns / 4; start--) used += width(text[start - 1]);
  if (isLowSurrogate(text, start)) start--;
  if (start > 0 && continuesWord(text[start - 1])) {
    const space = text.indexOf(' ', start);
    if (space >= 0 && space < first) start = space + 1;
  }
  let end = start;
  for (let used = 0; end < text.length && used < columns; end++) used += width(text[end]);
  if (isLowSurrogate(text, end)) end++;
  if (end < text.length && continuesWord(text[end])) {
    const space = text.lastIndexOf(' ', end);
    if (space > first) end = space;
  }
  const cut = text.slice(start, end).trim();
  const lead = text.slice(start, end).length - text.slice(start, end).trimStart().length;
  const parts = segments(cut, ranges, start + lead);
  if (start > 0) parts.unshift({ text: '…', mark: false });
  if (end < text.length) parts.push({ text: '…', mark: false });
  return parts;
}
