import type { Locale } from './routing';

/** A locale's UI strings, from messages/<locale>.json. */
export async function loadMessages(locale: Locale) {
  return (await import(`../messages/${locale}.json`)).default as typeof import('../messages/zh.json');
}
