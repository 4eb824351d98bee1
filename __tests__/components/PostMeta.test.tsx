import { screen, within } from '@testing-library/react';
import PostMeta from '@/components/PostMeta';
import { renderIn } from '../helpers/intl';
import { samplePost } from '../helpers/sample-post';

const authors = [{ id: 'windsonsea', name: 'Michael Yao', url: 'https://github.com/windsonsea' }];

describe('PostMeta', () => {
  it('shows a Chinese date, reading time and localized category', () => {
    const { container } = renderIn('zh', <PostMeta post={samplePost()} authors={authors} tags={[]} />);
    const time = container.querySelector('time');
    expect(time).toHaveAttribute('dateTime', '2022-10-08');
    expect(time).toHaveTextContent('2022年10月8日');
    expect(screen.getByText('阅读约 9 分钟')).toBeInTheDocument();
    expect(screen.getByText('博客')).toBeInTheDocument();
  });

  it('shows an English date and reading time', () => {
    renderIn('en', <PostMeta post={samplePost({ locale: 'en' })} authors={authors} tags={[]} />);
    expect(screen.getByText('October 8, 2022')).toBeInTheDocument();
    expect(screen.getByText('9 min read')).toBeInTheDocument();
    expect(screen.getByText('Blog')).toBeInTheDocument();
  });

  it('links authors, categories and tags to their pages in the language of the post', () => {
    const two = [...authors, { id: 'lin', name: 'Lin' }];
    const tags = [
      { id: 'kubernetes', name: 'Kubernetes' },
      { id: 'cloud-native', name: 'cloud native' },
    ];
    renderIn('en', <PostMeta post={samplePost({ locale: 'en', tags: tags.map((tag) => tag.id) })} authors={two} tags={tags} />);
    const authorsValue = screen.getByText('By').nextElementSibling as HTMLElement;
    expect(within(authorsValue).getByRole('link', { name: 'Michael Yao' })).toHaveAttribute('href', '/en/blogs/author/windsonsea');
    expect(within(authorsValue).getByRole('link', { name: 'Lin' })).toHaveAttribute('href', '/en/blogs/author/lin');
    expect(authorsValue).toHaveTextContent('Michael Yao, Lin');
    expect(screen.getByRole('link', { name: 'Blog' })).toHaveAttribute('href', '/en/blogs/category/blog');
    expect(screen.getByRole('link', { name: 'cloud native' })).toHaveAttribute('href', '/en/blogs/tag/cloud-native');
  });

  it('lists several authors and tags with the Chinese enumeration comma on Chinese pages, tags by their Chinese names', () => {
    const tags = [
      { id: 'containers', name: '容器' },
      { id: 'cloud-native', name: '云原生' },
    ];
    renderIn('zh', <PostMeta post={samplePost({ tags: tags.map((tag) => tag.id) })} authors={[...authors, { id: 'lin', name: '林' }]} tags={tags} />);
    expect(screen.getByText('作者').nextElementSibling).toHaveTextContent('Michael Yao、林');
    expect(screen.getByText('标签').nextElementSibling).toHaveTextContent('容器、云原生');
    // A tag's page is found by its id, the same in both languages, so it pairs with its translation.
    expect(screen.getByRole('link', { name: '容器' })).toHaveAttribute('href', '/zh/blogs/tag/containers');
  });

  it('shows no tags row for a post without tags', () => {
    renderIn('en', <PostMeta post={samplePost({ tags: [] })} authors={authors} tags={[]} />);
    expect(screen.queryByText('Tags')).toBeNull();
  });

  it.each(['zh', 'en'] as const)('shows no authors row, in %s, for a post that names nobody', (locale) => {
    const { container } = renderIn(locale, <PostMeta post={samplePost({ locale, authors: [] })} authors={[]} tags={[]} />);
    expect(screen.queryByText(locale === 'zh' ? '作者' : 'By')).toBeNull();
    expect(container.querySelector('a[href*="/blogs/author/"]')).toBeNull();
    // Every row that is there has a value: no empty <dd> stands in for the authors.
    for (const value of container.querySelectorAll('dd')) expect(value.textContent?.trim()).not.toBe('');
    expect(screen.getByRole('link', { name: locale === 'zh' ? '博客' : 'Blog' })).toBeInTheDocument();
  });

  it('shows the update date when there is one', () => {
    renderIn('en', <PostMeta post={samplePost({ updated: '2023-01-05' })} authors={authors} tags={[]} />);
    expect(screen.getByText('January 5, 2023').closest('time')).toHaveAttribute('dateTime', '2023-01-05');
    expect(screen.getByText(/Updated/)).toBeInTheDocument();
  });

  it('shows a category without a translation as written', () => {
    renderIn('zh', <PostMeta post={samplePost({ categories: ['kubernetes'] })} authors={authors} tags={[]} />);
    expect(screen.getByText('kubernetes')).toBeInTheDocument();
  });
});
