import { COUNT, countTemplates, countText, QUERY, queryText } from '@/lib/search/messages';

const english = (count: number) => `${new Intl.NumberFormat('en').format(count)} ${count === 1 ? 'result' : 'results'}`;

describe('count messages', () => {
  it('makes one template per plural category of the locale, with the count marked', () => {
    expect(countTemplates('en', english)).toEqual({ one: `${COUNT} result`, other: `${COUNT} results` });
    expect(countTemplates('zh', (count) => `找到 ${count} 条结果`)).toEqual({ other: `找到 ${COUNT} 条结果` });
  });

  it('fills in the count in the right plural form, formatted for the locale', () => {
    const templates = countTemplates('en', english);
    expect(countText(templates, 'en', 1)).toBe('1 result');
    expect(countText(templates, 'en', 2)).toBe('2 results');
    expect(countText(templates, 'en', 1234)).toBe('1,234 results');
    expect(countText(countTemplates('zh', (count) => `找到 ${count} 条结果`), 'zh', 3)).toBe('找到 3 条结果');
  });

  it('fills in the query', () => {
    expect(queryText(`Nothing found for “${QUERY}”.`, 'xyz')).toBe('Nothing found for “xyz”.');
  });
});
