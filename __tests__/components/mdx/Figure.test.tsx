import { screen } from '@testing-library/react';
import Figure from '@/components/mdx/Figure';
import { renderIn } from '../../helpers/intl';

describe('Figure', () => {
  it('shows an SVG at its size with alt text and a caption', () => {
    const { container } = renderIn(
      'en',
      <Figure src="/images/a/trend.en.svg" alt="Two bar charts" width="960" height="540">
        Figures from IDC and Gartner
      </Figure>,
    );
    const image = screen.getByRole('img', { name: 'Two bar charts' });
    expect(image).toHaveAttribute('src', '/images/a/trend.en.svg');
    expect(image).toHaveAttribute('width', '960');
    expect(image).toHaveAttribute('height', '540');
    expect(container.querySelector('figcaption')).toHaveTextContent('Figures from IDC and Gartner');
  });

  it('sends raster images through next/image', () => {
    renderIn('en', <Figure src="/images/a/photo.png" alt="A photo" width="1200" height="800" />);
    const image = screen.getByRole('img', { name: 'A photo' });
    expect(image.getAttribute('src')).toMatch(/^\/_next\/image\?url=%2Fimages%2Fa%2Fphoto\.png/);
    expect(image).toHaveAttribute('width', '1200');
  });

  it('serves a raster file outside /images/ as it is, since the optimizer serves only that folder', () => {
    renderIn('en', <Figure src="/logo.png" alt="Logo" width="120" height="40" />);
    expect(screen.getByRole('img', { name: 'Logo' })).toHaveAttribute('src', '/logo.png');
  });

  it('links the picture to its own file, the original rather than a resized copy', () => {
    renderIn('zh', <Figure src="/images/a/photo.png" alt="一张照片" width="1200" height="800" />);
    expect(screen.getByRole('link', { name: '一张照片' })).toHaveAttribute('href', '/images/a/photo.png');
  });

  it('shows an image from another host as a plain lazy <img>, without a size when none is known', () => {
    renderIn('en', <Figure src="https://docs.daocloud.io/daocloud-docs-images/docs/images/dce.png" alt="DCE" />);
    const image = screen.getByRole('img', { name: 'DCE' });
    expect(image).toHaveAttribute('src', 'https://docs.daocloud.io/daocloud-docs-images/docs/images/dce.png');
    expect(image).toHaveAttribute('loading', 'lazy');
    expect(image).not.toHaveAttribute('width');
    expect(image).not.toHaveAttribute('height');
    expect(image).not.toHaveAttribute('srcset');
  });

  it('keeps a remote image’s size when it is given, still not through next/image', () => {
    renderIn('en', <Figure src="https://example.com/a.png" alt="A" width="640" height="480" />);
    const image = screen.getByRole('img', { name: 'A' });
    expect(image).toHaveAttribute('src', 'https://example.com/a.png');
    expect(image).toHaveAttribute('width', '640');
    expect(image).toHaveAttribute('height', '480');
  });

  it.each([
    [{ src: '/images/a/b.png' }, /width: expected the image width in pixels, e\.g\. "960" \(only an https image may leave out its size\)/],
    [{ src: 'https://example.com/a.png', width: '10' }, /height: expected the image height in pixels too, or neither width nor height/],
  ])('requires the size of %o', (props, message) => {
    jest.spyOn(console, 'error').mockImplementation(() => {});
    expect(() => renderIn('en', <Figure alt="b" {...props} />)).toThrow(message);
  });

  it.each([
    [{ alt: '' }, /alt: expected alt text describing the image/],
    [{ width: undefined }, /width: expected the image width in pixels/],
    [{ height: 'auto' }, /height: expected the image height in pixels as a whole number/],
  ])('rejects %o', (extra, message) => {
    jest.spyOn(console, 'error').mockImplementation(() => {});
    const props = { src: '/images/a/b.png', alt: 'b', width: '10', height: '10', ...extra };
    expect(() => renderIn('en', <Figure {...props} />)).toThrow(message);
  });
});
