import { screen } from '@testing-library/react';
import SiteHeader from '@/components/SiteHeader';
import { renderIn } from '../helpers/intl';

describe('SiteHeader', () => {
  it('starts with a skip link to the main content, then the site name linking home', () => {
    renderIn('en', <SiteHeader locale="en" switchTargets={[]} />);
    const links = screen.getAllByRole('link');
    expect(links[0]).toHaveTextContent('Skip to content');
    expect(links[0]).toHaveAttribute('href', '#main');
    expect(screen.getByRole('link', { name: 'DaoCloud Blog' })).toHaveAttribute('href', '/en');
    expect(screen.getByRole('navigation', { name: 'Main navigation' })).toBeInTheDocument();
  });

  it('carries the language switch', () => {
    renderIn('zh', <SiteHeader locale="zh" switchTargets={[{ locale: 'en', lang: 'en', href: '/en', label: 'English', translated: true }]} />);
    expect(screen.getByRole('navigation', { name: '语言' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'DaoCloud 博客' })).toHaveAttribute('href', '/zh');
  });
});
