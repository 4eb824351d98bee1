import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { screen } from '@testing-library/react';
import Admonition from '@/components/mdx/Admonition';
import { ADMONITION_TYPES } from '@/components/mdx/props';
import en from '@/messages/en.json';
import zh from '@/messages/zh.json';
import { renderIn } from '../../helpers/intl';

describe('Admonition', () => {
  it.each([
    ['zh', 'note', '注意'],
    ['zh', 'warning', '警告'],
    ['zh', 'bug', '缺陷'],
    ['en', 'tip', 'Tip'],
    ['en', 'danger', 'Danger'],
    ['en', 'abstract', 'Abstract'],
  ] as const)('%s %s gets the default title %s', (locale, type, title) => {
    renderIn(locale, <Admonition type={type}>Body text</Admonition>);
    const note = screen.getByRole('note', { name: title });
    expect(note).toHaveAttribute('data-type', type);
    expect(note).toHaveTextContent(`${title}Body text`);
  });

  it('has a default title in both languages and an icon for every type', () => {
    for (const type of ADMONITION_TYPES) {
      expect(en.Admonition[type]).toBeTruthy();
      expect(zh.Admonition[type]).toBeTruthy();
      const { container, unmount } = renderIn('en', <Admonition type={type}>x</Admonition>);
      expect(container.querySelector('svg[aria-hidden="true"] path')).toHaveAttribute('d', expect.stringMatching(/^M/));
      unmount();
    }
  });

  it('is a note by default and takes a title of its own', () => {
    renderIn('en', <Admonition title="Before you upgrade">Read this.</Admonition>);
    expect(screen.getByRole('note', { name: 'Before you upgrade' })).toHaveAttribute('data-type', 'note');
  });

  it('has no title bar with title="", and is still named by its type', () => {
    const { container } = renderIn('zh', <Admonition type="warning" title="">只有正文</Admonition>);
    expect(screen.getByRole('note', { name: '警告' })).toHaveTextContent(/^只有正文$/);
    expect(container.querySelector('svg')).toBeNull();
  });

  it('folds away with collapsible="closed": a closed disclosure whose summary is the title', () => {
    renderIn('en', <Admonition type="info" title="Click to see the YAML" collapsible="closed">Hidden text</Admonition>);
    const group = screen.getByRole('group', { name: 'Click to see the YAML' });
    expect(group.tagName).toBe('DETAILS');
    expect(group).not.toHaveAttribute('open');
    expect(group.querySelector('summary')).toHaveTextContent('Click to see the YAML');
    expect(screen.queryByRole('note')).toBeNull();
  });

  it('starts unfolded with collapsible="open", with the default title', () => {
    renderIn('zh', <Admonition type="question" collapsible="open">Shown text</Admonition>);
    const group = screen.getByRole('group', { name: '问题' });
    expect(group).toHaveAttribute('open');
    expect(group.querySelector('summary')).toHaveTextContent('问题');
  });

  it('rejects an unknown type or collapsible value', () => {
    jest.spyOn(console, 'error').mockImplementation(() => {});
    expect(() => renderIn('en', <Admonition type="hint">x</Admonition>)).toThrow(/type: expected type= one of "note", "abstract", "info"/);
    expect(() => renderIn('en', <Admonition collapsible="yes">x</Admonition>)).toThrow(/collapsible: expected collapsible="closed"/);
  });
});

describe('Admonition colours', () => {
  const css = readFileSync(join(process.cwd(), 'components/mdx/Admonition.module.css'), 'utf8');
  const surfaces = { light: '#f6f8fa', dark: '#161b22' };
  const pairs = [...css.matchAll(/(?:\[data-type='(\w+)'\]|\.admonition) \{\s*--admonition-color: light-dark\((#[0-9a-f]{6}), (#[0-9a-f]{6})\)/g)].map(
    ([, type, light, dark]) => ({ type: type ?? 'note', light, dark }),
  );

  it('are defined for every type', () => {
    expect(pairs.map((pair) => pair.type).sort()).toEqual([...ADMONITION_TYPES].sort());
  });

  it.each(['light', 'dark'] as const)('have AA contrast (4.5:1) on the box and on its tinted title bar in the %s theme', (theme) => {
    for (const pair of pairs) {
      const colour = pair[theme];
      // The title bar: 10% of the colour over --surface (color-mix in the CSS).
      const tint = mix(colour, surfaces[theme], 0.1);
      expect([pair.type, contrast(colour, surfaces[theme]) >= 4.5, contrast(colour, tint) >= 4.5]).toEqual([pair.type, true, true]);
    }
  });
});

const channels = (hex: string) => [1, 3, 5].map((start) => parseInt(hex.slice(start, start + 2), 16) / 255);
const mix = (a: string, b: string, share: number) =>
  `#${channels(a)
    .map((value, index) => Math.round((value * share + channels(b)[index] * (1 - share)) * 255).toString(16).padStart(2, '0'))
    .join('')}`;
function luminance(hex: string) {
  const [r, g, b] = channels(hex).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
function contrast(a: string, b: string) {
  const [high, low] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (high + 0.05) / (low + 0.05);
}
