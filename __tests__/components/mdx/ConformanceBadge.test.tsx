import { screen, within } from '@testing-library/react';
import ConformanceBadge from '@/components/mdx/ConformanceBadge';
import ConformanceBadges from '@/components/mdx/ConformanceBadges';
import { renderIn } from '../../helpers/intl';

describe('ConformanceBadge', () => {
  it('links to the conformance pull request with an English name', () => {
    renderIn('en', <ConformanceBadge version="1.26" pr="2451" />);
    const link = screen.getByRole('link');
    expect(link).toHaveAttribute('href', 'https://github.com/cncf/k8s-conformance/pull/2451');
    expect(link).toHaveAccessibleName('Certified 1.26: Kubernetes 1.26, CNCF-certified conformant (k8s-conformance pull request #2451)');
  });

  it.each(['en', 'zh'] as const)('%s: its accessible name starts with the words it shows (WCAG 2.5.3, label in name)', (locale) => {
    renderIn(locale, <ConformanceBadge version="1.26" pr="2451" />);
    const link = screen.getByRole('link');
    // Caption and version are shown as two lines of one badge; their text, as a voice-control
    // or accessibility checker reads it, keeps them apart.
    const visible = link.textContent!;
    expect(visible).toMatch(/^\S+ 1\.26$/);
    expect(visible).toMatch(/1\.26$/);
    expect(link.getAttribute('aria-label')!.replace(/\s+/g, ' ').startsWith(visible)).toBe(true);
  });

  it('has a Chinese name on Chinese pages', () => {
    renderIn('zh', <ConformanceBadge version="1.7" pr="68" />);
    expect(screen.getByRole('link')).toHaveAccessibleName('认证 1.7：Kubernetes 1.7 已通过 CNCF 一致性认证（k8s-conformance 拉取请求 #68）');
  });

  it('shows caption and version as text; the mark is CSS, so no image or SVG is in the markup', () => {
    const { container } = renderIn('en', <ConformanceBadge version="1.29" pr="3203" />);
    expect(container.querySelector('.conformance-badge strong')).toHaveTextContent('1.29');
    expect(container.querySelector('.conformance-badge small')).toHaveTextContent('Certified');
    expect(container.querySelector('img, svg')).toBeNull();
  });

  it.each([
    [{ version: '1.26.1', pr: '2451' }, /version: expected a Kubernetes version as major.minor/],
    [{ version: 'v1.26', pr: '2451' }, /version/],
    [{ version: '1.26', pr: '0' }, /pr: expected the k8s-conformance pull request number as a positive whole number/],
    [{ version: '1.26', pr: '-3' }, /pr/],
    [{ version: '1.26' }, /pr: expected the k8s-conformance pull request number/],
  ])('rejects %o', (props, message) => {
    jest.spyOn(console, 'error').mockImplementation(() => {});
    expect(() => renderIn('en', <ConformanceBadge {...(props as { version: string; pr: string })} />)).toThrow(message);
  });
});

describe('ConformanceBadges', () => {
  it('puts the badges in a list under the group heading, coloured by kind', () => {
    const { container } = renderIn(
      'en',
      <ConformanceBadges kind="klts">
        <h3>Older versions</h3>
        <ConformanceBadge version="1.7" pr="68" />
        <ConformanceBadge version="1.9" pr="210" />
      </ConformanceBadges>,
    );
    expect(container.firstElementChild).toHaveClass('conformance-badges--klts');
    const list = screen.getByRole('list');
    expect(within(list).getAllByRole('listitem')).toHaveLength(2);
    expect(within(list).getAllByRole('link').map((link) => link.getAttribute('href'))).toEqual([
      'https://github.com/cncf/k8s-conformance/pull/68',
      'https://github.com/cncf/k8s-conformance/pull/210',
    ]);
    expect(screen.getByRole('heading', { name: 'Older versions' }).nextElementSibling).toBe(list);
  });

  it('rejects an unknown kind', () => {
    jest.spyOn(console, 'error').mockImplementation(() => {});
    expect(() => renderIn('en', <ConformanceBadges kind="old" />)).toThrow(/kind: expected kind="upstream" or kind="klts"/);
  });
});
