import { screen } from '@testing-library/react';
import Pagination from '@/components/Pagination';
import { renderIn } from '../helpers/intl';

describe('Pagination', () => {
  it('links previous, next and every page, marking the current one', () => {
    renderIn('en', <Pagination base="/en" page={2} totalPages={3} />);
    expect(screen.getByRole('link', { name: 'Previous page' })).toHaveAttribute('href', '/en');
    expect(screen.getByRole('link', { name: 'Next page' })).toHaveAttribute('href', '/en/page/3');
    expect(screen.getByRole('link', { name: 'Page 1' })).toHaveAttribute('href', '/en');
    expect(screen.getByText('2')).toHaveAttribute('aria-current', 'page');
    // React moves these into <head>.
    expect(document.head.querySelector('link[rel="prev"]')).toHaveAttribute('href', '/en');
    expect(document.head.querySelector('link[rel="next"]')).toHaveAttribute('href', '/en/page/3');
  });

  it('has no previous link on the first page and no next link on the last', () => {
    renderIn('zh', <Pagination base="/zh/blogs/tag/dce" page={1} totalPages={2} />);
    expect(screen.queryByRole('link', { name: '上一页' })).toBeNull();
    expect(screen.getByRole('link', { name: '下一页' })).toHaveAttribute('href', '/zh/blogs/tag/dce/page/2');
  });

  it('renders nothing for a single page', () => {
    const { container } = renderIn('en', <Pagination base="/en" page={1} totalPages={1} />);
    expect(container).toBeEmptyDOMElement();
  });
});
