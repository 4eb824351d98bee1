import { screen } from '@testing-library/react';
import Button from '@/components/mdx/Button';
import { renderIn } from '../../helpers/intl';

describe('Button', () => {
  it('renders a primary call to action that says when it leaves the site', () => {
    renderIn('en', <Button href="https://docs.daocloud.io/en/download/" variant="primary">Download DCE 5.0</Button>);
    const link = screen.getByRole('link', { name: 'Download DCE 5.0 (external link)' });
    expect(link).toHaveAttribute('href', 'https://docs.daocloud.io/en/download/');
    expect(link).toHaveClass('button', 'button--primary');
    expect(link).toHaveAttribute('rel', 'external noopener');
  });

  it('says it in Chinese too', () => {
    renderIn('zh', <Button href="https://docs.daocloud.io/download/">下载 DCE 5.0</Button>);
    expect(screen.getByRole('link')).toHaveAccessibleName('下载 DCE 5.0 （外部链接）');
  });

  it('treats site links as internal, with the default look', () => {
    renderIn('en', <Button href="/en">Home</Button>);
    const link = screen.getByRole('link', { name: 'Home' });
    expect(link).toHaveClass('button--default');
    expect(link).not.toHaveAttribute('rel');
  });

  it.each([
    [{ href: 'javascript:alert(1)' }, /href: expected a link starting with/],
    [{ href: '/x', variant: 'huge' }, /variant: expected variant="primary" or variant="default"/],
  ])('rejects %o', (props, message) => {
    jest.spyOn(console, 'error').mockImplementation(() => {});
    expect(() => renderIn('en', <Button {...props}>x</Button>)).toThrow(message);
  });
});
