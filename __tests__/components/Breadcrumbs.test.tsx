import { screen, within } from '@testing-library/react';
import Breadcrumbs from '@/components/Breadcrumbs';
import { renderIn } from '../helpers/intl';

describe('Breadcrumbs', () => {
  it('links every crumb but the current page', () => {
    renderIn('zh', <Breadcrumbs crumbs={[{ name: '首页', path: '/zh' }, { name: '博客', path: '/zh/blogs/category/blog' }, { name: 'DCE 研发背景', path: '/zh/blogs/x' }]} />);
    const nav = screen.getByRole('navigation', { name: '面包屑导航' });
    expect(within(nav).getAllByRole('link').map((link) => link.getAttribute('href'))).toEqual(['/zh', '/zh/blogs/category/blog']);
    expect(within(nav).getByText('DCE 研发背景')).toHaveAttribute('aria-current', 'page');
  });
});
