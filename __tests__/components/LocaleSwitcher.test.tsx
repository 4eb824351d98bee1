import { fireEvent, screen } from '@testing-library/react';
import LocaleSwitcher from '@/components/LocaleSwitcher';
import { localeCookie } from '@/i18n/routing';
import { renderIn } from '../helpers/intl';

describe('LocaleSwitcher', () => {
  afterEach(() => {
    document.cookie = `${localeCookie.name}=; max-age=0; path=/`;
  });

  it('links to the same page in the other language, labelled in that language', () => {
    renderIn('zh', <LocaleSwitcher targets={[{ locale: 'en', lang: 'en', href: '/en/blogs/a', label: 'English', translated: true }]} />);
    const nav = screen.getByRole('navigation', { name: '语言' });
    const link = screen.getByRole('link', { name: 'English' });
    expect(nav).toContainElement(link);
    expect(link).toHaveAttribute('href', '/en/blogs/a');
    expect(link).toHaveAttribute('hreflang', 'en');
    expect(link.closest('li')).toHaveAttribute('lang', 'en');
  });

  it('marks a link to a home page when the page has no translation', () => {
    const label = 'Not available in English yet: go to the English home page';
    renderIn('zh', <LocaleSwitcher targets={[{ locale: 'en', lang: 'en', href: '/en', label, translated: false }]} />);
    const link = screen.getByRole('link', { name: label });
    expect(link).toHaveAttribute('href', '/en');
    expect(link).toHaveClass('untranslated');
  });

  it('remembers the choice in the locale cookie the proxy reads', () => {
    renderIn('en', <LocaleSwitcher targets={[{ locale: 'zh', lang: 'zh-CN', href: '/zh', label: '中文', translated: true }]} />);
    const link = screen.getByRole('link', { name: '中文' });
    link.addEventListener('click', (event) => event.preventDefault());
    fireEvent.click(link);
    expect(document.cookie).toContain(`${localeCookie.name}=zh`);
  });
});
