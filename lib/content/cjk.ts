/**
 * Chinese and Japanese text has no spaces between words. A line break inside a
 * paragraph of such text must vanish when the paragraph is rendered, or the
 * browser shows it as a stray space (CSS Text 3's segment-break rule, which
 * browsers do not apply yet). Hangul uses spaces, so it is not included.
 */
const WIDE = '\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}\\u3000-\\u303f\\uff00-\\uffef';

/** Full-width punctuation (。，、：；！？（）「」 and the like), after which no space belongs whatever follows. */
const FULLWIDTH_PUNCTUATION = '\\u3000-\\u303f\\uff01-\\uff0f\\uff1a-\\uff20\\uff3b-\\uff40\\uff5b-\\uff65';

const wideChar = new RegExp(`[${WIDE}]`, 'u');
const fullwidthPunctuation = new RegExp(`[${FULLWIDTH_PUNCTUATION}]`, 'u');
const breakBetweenWide = new RegExp(`(?<=[${WIDE}])[ \\t]*\\r?\\n[ \\t]*(?=[${WIDE}])`, 'gu');
const breakAfterPunctuation = new RegExp(`(?<=[${FULLWIDTH_PUNCTUATION}])[ \\t]*\\r?\\n[ \\t]*(?!\\r?\\n)`, 'gu');
const cjkIdeograph = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu;

export function isWide(char: string): boolean {
  return wideChar.test(char);
}

export function isFullwidthPunctuation(char: string): boolean {
  return fullwidthPunctuation.test(char);
}

/**
 * Removes line breaks that sit between two wide (CJK) characters, and those after
 * full-width punctuation (`职责，` + newline + `2022 年`), which has its own space built in.
 */
export function joinCjkLines(text: string): string {
  return text.replace(breakBetweenWide, '').replace(breakAfterPunctuation, '');
}

/** Number of Chinese/Japanese characters (punctuation excluded). */
export function countCjk(text: string): number {
  return text.match(cjkIdeograph)?.length ?? 0;
}

/** Width in columns, counting a CJK character as two, as in a monospace terminal. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const char of text) width += isWide(char) ? 2 : 1;
  return width;
}
