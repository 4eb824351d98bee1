import { screen } from '@testing-library/react';
import Admonition from '@/components/mdx/Admonition';
import { renderIn } from '../../helpers/intl';

describe('Admonition', () => {
  it.each([
    ['zh', 'note', '注意'],
    ['zh', 'warning', '警告'],
    ['en', 'tip', 'Tip'],
    ['en', 'danger', 'Danger'],
  ] as const)('%s %s gets the default title %s', (locale, type, title) => {
    renderIn(locale, <Admonition type={type}>Body text</Admonition>);
    const note = screen.getByRole('note', { name: title });
    expect(note).toHaveClass(`admonition--${type}`);
    expect(note).toHaveTextContent(`${title}Body text`);
  });

  it('is a note by default and takes a title of its own', () => {
    renderIn('en', <Admonition title="Before you upgrade">Read this.</Admonition>);
    expect(screen.getByRole('note', { name: 'Before you upgrade' })).toHaveClass('admonition--note');
  });

  it('rejects an unknown type', () => {
    jest.spyOn(console, 'error').mockImplementation(() => {});
    expect(() => renderIn('en', <Admonition type="info">x</Admonition>)).toThrow(/type: expected type="note", "tip", "warning" or "danger"/);
  });
});
