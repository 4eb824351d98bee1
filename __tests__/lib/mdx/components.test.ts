/** @jest-environment node */
import { renderMdx } from '@/lib/mdx/render';
import { checkMdxComponent } from '@/components/mdx';

const compile = (source: string) =>
  renderMdx(source, { file: 'posts/p/en.mdx', anchorLabel: 'Link', checkComponent: checkMdxComponent });

describe('components in posts are checked when the post compiles', () => {
  it('accepts valid uses', async () => {
    await expect(compile('<ConformanceBadge version="1.26" pr="2451" />\n')).resolves.toBeDefined();
  });

  it.each([
    ['a bad badge version', 'text\n\n<ConformanceBadge version="1.26.0" pr="2451" />\n', /^posts\/p\/en\.mdx: [\s\S]*line 3: <ConformanceBadge> version: expected a Kubernetes version as major\.minor/],
    ['a bad pull request number', '<ConformanceBadge version="1.26" pr="abc" />\n', /<ConformanceBadge> pr: expected the k8s-conformance pull request number/],
    ['a {...} attribute that MDX would drop', '<ConformanceBadge version="1.26" pr={2451} />\n', /<ConformanceBadge> pr: write the value as a string/],
    ['an unknown component', '<Chart data="x" />\n', /unknown component <Chart> \(available: ImageCompare, ConformanceBadge/],
    ['a misspelt attribute', '<Button hrf="/x">x</Button>\n', /<Button> .*hrf/],
    ['a figure without size', '<Figure src="/a.png" alt="a" />\n', /<Figure> width: expected the image width/],
  ])('rejects %s, naming the file and line', async (_name, source, message) => {
    await expect(compile(source)).rejects.toThrow(message);
  });
});

describe('checkMdxComponent', () => {
  it('returns null for a valid use and a message otherwise', () => {
    expect(checkMdxComponent('Button', { href: '/zh', variant: 'primary' })).toBeNull();
    expect(checkMdxComponent('Button', { href: 'ftp://x' })).toMatch(/^<Button> href:/);
  });
});
