/**
 * Search strings are translated on the server (the client island has no
 * next-intl). Messages that depend on what the reader types carry markers
 * that the client fills in: the query, and the count, for which the server
 * passes one template per plural category of the locale.
 */
export const QUERY = '\u2063Q\u2063';
export const COUNT = '\u2063N\u2063';

export type CountTemplates = Partial<Record<Intl.LDMLPluralRule, string>>;

/** One template per plural category, from a formatter of the translated message (server side). */
export function countTemplates(locale: string, format: (count: number) => string): CountTemplates {
  const rules = new Intl.PluralRules(locale);
  const number = new Intl.NumberFormat(locale);
  const templates: CountTemplates = {};
  for (const category of rules.resolvedOptions().pluralCategories) {
    // A sample count in this category; 0 last, since messages often give "=0" its own wording.
    let sample = 1;
    while (sample < 1000 && rules.select(sample) !== category) sample++;
    if (rules.select(sample) !== category) sample = 0;
    templates[category] = format(sample).replace(number.format(sample), COUNT);
  }
  return templates;
}

export function countText(templates: CountTemplates, locale: string, count: number): string {
  const template = templates[new Intl.PluralRules(locale).select(count)] ?? templates.other ?? '';
  return template.replace(COUNT, new Intl.NumberFormat(locale).format(count));
}

export function queryText(template: string, query: string): string {
  return template.replace(QUERY, query);
}
