import { routing } from '@/i18n/routing';
import en from '@/messages/en.json';
import zh from '@/messages/zh.json';

const messages: Record<string, unknown> = { zh, en };

/** Every leaf key as a dotted path. */
function keysOf(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, child]) => keysOf(child, prefix ? `${prefix}.${key}` : key));
}

describe('messages', () => {
  it('has a file for every locale', () => {
    expect(Object.keys(messages).sort()).toEqual([...routing.locales].sort());
  });

  it.each(routing.locales.filter((locale) => locale !== routing.defaultLocale))('%s has exactly the keys of the default locale', (locale) => {
    expect(keysOf(messages[locale]).sort()).toEqual(keysOf(messages[routing.defaultLocale]).sort());
  });

  it.each(routing.locales)('%s has no empty strings', (locale) => {
    const empty = keysOf(messages[locale]).filter((path) => {
      const value = path.split('.').reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], messages[locale]);
      return typeof value !== 'string' || value.trim() === '';
    });
    expect(empty).toEqual([]);
  });

  it('uses the same placeholders in every locale', () => {
    const placeholders = (locale: string) =>
      Object.fromEntries(
        keysOf(messages[locale]).map((path) => {
          const value = path.split('.').reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], messages[locale]) as string;
          return [path, [...value.matchAll(/\{(\w+)/g)].map((match) => match[1]).sort()];
        }),
      );
    expect(placeholders('en')).toEqual(placeholders('zh'));
  });
});
