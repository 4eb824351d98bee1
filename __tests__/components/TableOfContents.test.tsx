import { screen, within } from '@testing-library/react';
import TableOfContents from '@/components/TableOfContents';
import { renderIn } from '../helpers/intl';

describe('TableOfContents', () => {
  it('links to every heading, nesting h3 under the h2 before it', () => {
    renderIn(
      'zh',
      <TableOfContents
        headings={[
          { id: '云原生浪潮', text: '云原生浪潮', depth: 2 },
          { id: '容器-vs-虚拟化', text: '容器 vs 虚拟化', depth: 2 },
          { id: '裸金属', text: '裸金属', depth: 3 },
        ]}
      />,
    );
    const nav = screen.getByRole('navigation', { name: '目录' });
    const links = within(nav).getAllByRole('link');
    expect(links.map((link) => link.getAttribute('href'))).toEqual(['#云原生浪潮', '#容器-vs-虚拟化', '#裸金属']);
    const nested = within(nav).getByRole('link', { name: '裸金属' }).closest('ol');
    expect(nested?.parentElement).toHaveTextContent(/^容器 vs 虚拟化/);
  });

  it('renders nothing for a post without headings', () => {
    const { container } = renderIn('en', <TableOfContents headings={[]} />);
    expect(container).toBeEmptyDOMElement();
  });
});
