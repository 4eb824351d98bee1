import { screen, within } from '@testing-library/react';
import PostList from '@/components/PostList';
import { renderIn } from '../helpers/intl';
import { samplePost } from '../helpers/sample-post';

describe('PostList', () => {
  it('shows each post with a link to it, its excerpt and its metadata, in the given order', () => {
    const items = [
      { post: samplePost({ slug: 'newer', title: '新文章', excerpt: '新的摘要' }), authors: [{ id: 'a', name: 'A' }], tags: [] },
      { post: samplePost({ slug: 'older', title: '旧文章', excerpt: '旧的摘要' }), authors: [{ id: 'a', name: 'A' }], tags: [] },
    ];
    renderIn('zh', <PostList items={items} />);
    const links = screen.getAllByRole('heading', { level: 2 }).map((heading) => heading.querySelector('a'));
    expect(links.map((link) => link?.textContent)).toEqual(['新文章', '旧文章']);
    expect(links[0]).toHaveAttribute('href', '/zh/blogs/newer');
    expect(screen.getByText('新的摘要')).toBeInTheDocument();
    expect(screen.getAllByText('阅读约 9 分钟')).toHaveLength(2);
  });

  it('lists a post that names no author beside one that does, with an authors row only for the latter', () => {
    const items = [
      { post: samplePost({ slug: 'imported', title: 'Imported', locale: 'en', authors: [] }), authors: [], tags: [] },
      { post: samplePost({ slug: 'signed', title: 'Signed', locale: 'en' }), authors: [{ id: 'a', name: 'A' }], tags: [] },
    ];
    renderIn('en', <PostList items={items} />);
    const [imported, signed] = screen.getAllByRole('article');
    expect(within(imported).queryByText('By')).toBeNull();
    expect(within(signed).getByText('By')).toBeInTheDocument();
    expect(imported.querySelector('a[href*="/blogs/author/"]')).toBeNull();
    expect(signed.querySelector('a[href="/en/blogs/author/a"]')).toHaveTextContent('A');
  });

  it('says so when there are no posts', () => {
    renderIn('en', <PostList items={[]} />);
    expect(screen.getByText('No articles yet.')).toBeInTheDocument();
  });
});
