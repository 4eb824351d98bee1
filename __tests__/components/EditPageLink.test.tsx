import { screen } from '@testing-library/react';
import EditPageLink from '@/components/EditPageLink';
import { renderIn } from '../helpers/intl';

const href = 'https://github.com/DaoCloud/blog/edit/main/posts/221008-dce-bg/zh.mdx';

describe('EditPageLink', () => {
  it.each([
    ['zh', '编辑此页'],
    ['en', 'Edit this page'],
  ] as const)('links to the source file, labelled in %s', (locale, label) => {
    renderIn(locale, <EditPageLink href={href} />);
    expect(screen.getByRole('link', { name: label })).toHaveAttribute('href', href);
  });

  it('renders nothing without a repository', () => {
    const { container } = renderIn('en', <EditPageLink />);
    expect(container).toBeEmptyDOMElement();
  });
});
