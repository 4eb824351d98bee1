import { countCjk } from './cjk';

/**
 * Reading speed: 400 Chinese characters a minute (studies of adult Chinese
 * readers put it at 300-500), and 230 words a minute for Latin-script text
 * (200-250 for technical English). A post that mixes both adds the two times.
 */
export const CJK_CHARS_PER_MINUTE = 400;
export const LATIN_WORDS_PER_MINUTE = 230;

const latinWord = /[\p{Script=Latin}\p{Nd}][\p{Script=Latin}\p{Nd}'’.-]*/gu;

export function countLatinWords(text: string): number {
  return text.match(latinWord)?.length ?? 0;
}

/** Whole minutes, at least 1, for plain text (markup already removed). */
export function readingMinutes(plainText: string): number {
  const minutes =
    countCjk(plainText) / CJK_CHARS_PER_MINUTE + countLatinWords(plainText) / LATIN_WORDS_PER_MINUTE;
  return Math.max(1, Math.round(minutes));
}
