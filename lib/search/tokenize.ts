/**
 * Splits text into search terms, the same way when indexing and when querying.
 *
 * Latin-script (and other space-separated) text becomes lowercase words.
 * Chinese and Japanese text has no spaces, so each run of such characters
 * becomes its overlapping character bigrams ("裸金属" -> "裸金", "金属"), and
 * a run of one character stays a unigram. Any query of two or more characters
 * is then a lookup of its bigrams, and a one-character query matches every
 * term that contains the character. Intl.Segmenter was not used: its word
 * boundaries depend on context (a word in a sentence can split differently
 * from the same word typed alone as a query) and on the ICU version of the
 * build machine versus the reader's browser, so a segmented index can miss a
 * word the reader typed exactly as written.
 */

/** Han, kana and the katakana length mark: scripts written without spaces. */
const CJK = '\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}\\u30fc';
const TOKEN = new RegExp(`[${CJK}]+|(?:(?![${CJK}])[\\p{L}\\p{N}\\p{M}])+`, 'gu');
const CJK_RUN = new RegExp(`^[${CJK}]`, 'u');

export type Token = { text: string; cjk: boolean };

/**
 * Lowercases without changing the length (rare characters such as "İ" grow
 * when lowercased and are kept as they are), so offsets in the folded text
 * are offsets in the original.
 */
export function fold(text: string): string {
  const lower = text.toLowerCase();
  if (lower.length === text.length) return lower;
  return Array.from(text, (char) => (char.toLowerCase().length === char.length ? char.toLowerCase() : char)).join('');
}

/** Words and CJK runs, in order, folded to lowercase. */
export function tokenize(text: string): Token[] {
  return Array.from(fold(text).matchAll(TOKEN), ([match]) => ({ text: match, cjk: CJK_RUN.test(match) }));
}

/** The index terms of a token: the word itself, or a CJK run's bigrams (its one character if it has one). */
export function termsOf(token: Token): string[] {
  if (!token.cjk) return [token.text];
  const chars = Array.from(token.text);
  if (chars.length === 1) return chars;
  return chars.slice(1).map((char, i) => chars[i] + char);
}
