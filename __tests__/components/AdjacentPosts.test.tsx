import { screen } from '@testing-library/react';
import AdjacentPosts from '@/components/AdjacentPosts';
import { renderIn } from '../helpers/intl';
import { samplePost } from '../helpers/sample-post';

describe('AdjacentPosts', () => {
  it('links the older post as previous and the newer one as next', () => {
    renderIn(
      'en',
      <AdjacentPosts
        older={samplePost({ locale: 'en', slug: 'old', title: 'Old one' })}
        newer={samplePost({ locale: 'en', slug: 'new', title: 'New one' })}
      />,
    );
    expect(screen.getByRole('link', { name: /Previous\s+Old one/ })).toHaveAttribute('href', '/en/blogs/old');
    expect(screen.getByRole('link', { name: /Next\s+New one/ })).toHaveAttribute('href', '/en/blogs/new');
    expect(screen.getByRole('link', { name: /Previous/ })).toHaveAttribute('rel', 'prev');
  });

  it('renders nothing for the only post', () => {
    const { container } = renderIn('zh', <AdjacentPosts />);
    expect(container).toBeEmptyDOMElement();
  });
});
