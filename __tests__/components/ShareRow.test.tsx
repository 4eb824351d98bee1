import { screen, within } from '@testing-library/react';
import { qrCode } from '@/lib/share/qr-code';
import ShareRow from '@/components/ShareRow';
import { renderIn } from '../helpers/intl';

const url = 'https://blog.example.com/zh/blogs/221008-dce-bg';

describe('ShareRow', () => {
  it('is a region named by its heading, in the page language', () => {
    renderIn('zh', <ShareRow url={url} title="DCE 研发背景" />);
    expect(screen.getByRole('region', { name: '分享本文' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: '分享本文' })).toBeInTheDocument();
  });

  it.each([
    ['en', ['X', 'LinkedIn', 'Weibo'], '(opens in a new window)'],
    ['zh', ['X', 'LinkedIn', '微博'], '（在新窗口中打开）'],
  ] as const)('links to each network in a new window, saying so, in %s', (locale, names, newWindow) => {
    renderIn(locale, <ShareRow url={url} title="DCE" />);
    for (const name of names) {
      // The visible name comes first, so a voice user can say what they see.
      const link = screen.getByRole('link', { name: `${name} ${newWindow}` });
      expect(link).toHaveAttribute('target', '_blank');
      expect(link).toHaveAttribute('rel', 'noopener noreferrer');
      expect(new URL(link.getAttribute('href')!).searchParams.get('url')).toBe(url);
    }
  });

  it('offers the copy button, labelled in the page language', () => {
    renderIn('zh', <ShareRow url={url} title="DCE" />);
    expect(screen.getByRole('button', { name: '复制链接' })).toBeInTheDocument();
  });

  it.each([
    ['zh', '微信', '《DCE 研发背景》的微信二维码', /点“扫一扫”扫描此二维码/],
    ['en', 'WeChat', 'WeChat QR code for “DCE 研发背景”', /tap Scan/],
  ] as const)('keeps the WeChat QR code of the URL behind a closed disclosure, in %s', (locale, summary, name, hint) => {
    const { container } = renderIn(locale, <ShareRow url={url} title="DCE 研发背景" />);
    const details = container.querySelector('details')!;
    expect(details).not.toHaveAttribute('open');
    expect(within(details).getByText(summary).tagName).toBe('SUMMARY');
    const image = within(details).getByRole('img', { hidden: true, name });
    expect(image.tagName.toLowerCase()).toBe('svg');
    expect(image.querySelector('path')).toHaveAttribute('d', qrCode(url).path);
    expect(within(details).getByText(hint).tagName).toBe('FIGCAPTION');
  });
});
