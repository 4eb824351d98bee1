/** @jest-environment node */
import { renderMdx } from '@/lib/mdx/render';
import { checkMdxComponent } from '@/components/mdx';

const compile = (source: string) =>
  renderMdx(source, { file: 'posts/p/en.mdx', anchorLabel: 'Link', checkComponent: checkMdxComponent });

describe('components in posts are checked when the post compiles', () => {
  it('accepts valid uses', async () => {
    await expect(compile('<ConformanceBadge version="1.26" pr="2451" />\n')).resolves.toBeDefined();
  });

  it('accepts the mkdocs-material constructs as the importer writes them', async () => {
    const source = [
      '<Admonition type="tip" title="In Conclusion">\n\nbody\n\n</Admonition>',
      '<Admonition type="note" title="Click to see the YAML" collapsible="closed">\n\nbody\n\n</Admonition>',
      '<Admonition type="quote" collapsible="open">\n\nbody\n\n</Admonition>',
      '<Tabs>\n<Tab label="CentOS">\n\n- [x] a\n\n---\n\n</Tab>\n<Tab label="Ubuntu">\n\nb\n\n</Tab>\n</Tabs>',
      '<Cards>\n\n- <Icon name="sail-boat" /> **March**\n\n  ---\n\n  text<br />more text\n\n- two\n\n</Cards>',
    ].join('\n\n');
    await expect(compile(`${source}\n`)).resolves.toBeDefined();
  });

  it.each([
    ['a bad badge version', 'text\n\n<ConformanceBadge version="1.26.0" pr="2451" />\n', /^posts\/p\/en\.mdx: [\s\S]*line 3: <ConformanceBadge> version: expected a Kubernetes version as major\.minor/],
    ['a bad pull request number', '<ConformanceBadge version="1.26" pr="abc" />\n', /<ConformanceBadge> pr: expected the k8s-conformance pull request number/],
    ['a {...} attribute that MDX would drop', '<ConformanceBadge version="1.26" pr={2451} />\n', /<ConformanceBadge> pr: write the value as a string/],
    ['an unknown component', '<Chart data="x" />\n', /unknown component <Chart> \(available: ImageCompare, ConformanceBadge/],
    ['a misspelt attribute', '<Button hrf="/x">x</Button>\n', /<Button> .*hrf/],
    ['a figure without size', '<Figure src="/a.png" alt="a" />\n', /<Figure> width: expected the image width/],
    ['an unknown icon', 'Sail <Icon name="sail-boot" /> away\n', /line 1: <Icon> name: unknown Material Design icon "sail-boot"/],
    ['an icon without a name', '<Icon />\n', /<Icon> name: expected the name of a Material Design icon/],
    ['an unknown admonition type', '<Admonition type="hint">\n\nx\n\n</Admonition>\n', /<Admonition> type: expected type= one of "note", "abstract"/],
    ['a bad collapsible value', '<Admonition collapsible="true">\n\nx\n\n</Admonition>\n', /<Admonition> collapsible: expected collapsible="closed"/],
    ['a tab without a label', '<Tabs>\n<Tab>\n\nx\n\n</Tab>\n</Tabs>\n', /line 2: <Tab> label: expected a label for the tab/],
    ['tabs holding something else', '<Tabs>\n<Tab label="a">\n\nx\n\n</Tab>\n\n- a list\n\n</Tabs>\n', /line 1: <Tabs> may contain only <Tab label="..."> elements, each on lines of its own, but contains a Markdown list/],
    ['cards without a list', '<Cards>\n\nJust text.\n\n</Cards>\n', /line 1: <Cards> may contain only a Markdown list, one item per card, but contains a Markdown paragraph/],
    ['empty cards', '<Cards>\n</Cards>\n', /<Cards> needs a Markdown list inside/],
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
