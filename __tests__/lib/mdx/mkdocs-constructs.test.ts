/** @jest-environment node */
import { renderToStaticMarkup } from 'react-dom/server';
import { renderMdx } from '@/lib/mdx/render';
import { codeTitle } from '@/lib/mdx/plugins/shiki-code-title';
import { postHtml } from '../../helpers/mdx';

const TABS = `<Tabs>
<Tab label="CentOS">

\`\`\`bash
yum install -y docker
\`\`\`

</Tab>
<Tab label="Ubuntu">

- [x] apt-get update
- [ ] apt-get install docker.io

---

</Tab>
</Tabs>
`;

describe('admonitions', () => {
  it('renders a titled box with its icon and a Markdown body', async () => {
    const html = await postHtml('<Admonition type="tip" title="In Conclusion">\n\nbody **markdown**\n\n</Admonition>\n');
    expect(html).toMatch(/^<aside class="admonition" data-type="tip" role="note" aria-label="In Conclusion">/);
    expect(html).toMatch(/<svg [^>]*aria-hidden="true"[^>]*><path d="M[^"]+" fill="currentColor"><\/path><\/svg><\/span>In Conclusion<\/p>/);
    expect(html).toContain('<p>body <strong>markdown</strong></p>');
  });

  it('is a closed disclosure for collapsible="closed", titled by its title', async () => {
    const html = await postHtml('<Admonition type="note" title="Click to see the YAML" collapsible="closed">\n\n```yaml\na: 1\n```\n\n</Admonition>\n');
    expect(html).toMatch(/^<details class="admonition" data-type="note" aria-label="Click to see the YAML"><summary class="title">/);
    expect(html).toContain('Click to see the YAML</summary>');
    expect(html).not.toMatch(/<details[^>]* open/);
  });

  it('is an open disclosure with the default title in the page language for collapsible="open"', async () => {
    const html = await postHtml('<Admonition type="example" collapsible="open">\n\ntext\n\n</Admonition>\n', 'zh');
    expect(html).toMatch(/^<details class="admonition" data-type="example" open="" aria-label="示例">/);
    expect(html).toContain('示例</summary>');
  });
});

describe('tabs', () => {
  it('show every panel under its label in the server HTML, for readers without JavaScript', async () => {
    const html = await postHtml(TABS);
    expect(html).not.toContain('role="tablist"');
    expect(html).not.toContain('hidden');
    const centos = html.indexOf('<p class="label">CentOS</p>');
    const ubuntu = html.indexOf('<p class="label">Ubuntu</p>');
    expect(centos).toBeGreaterThan(-1);
    expect(ubuntu).toBeGreaterThan(centos);
    // Each panel's content follows its own label: a highlighted code block, then a task list and a rule.
    expect(html.slice(centos, ubuntu)).toMatch(/class="shiki [\s\S]*yum/);
    expect(html.slice(ubuntu)).toMatch(/<input type="checkbox" disabled="" checked=""\/> apt-get update[\s\S]*<hr\/>/);
  });
});

describe('cards', () => {
  it('make the list inside a grid of cards, with icons, rules and line breaks', async () => {
    const html = await postHtml(
      '<Cards>\n\n- <Icon name="sail-boat" /> **March**\n\n  ---\n\n  text<br />more text\n\n- <Icon name="rocket-launch" /> **April**\n\n</Cards>\n',
    );
    expect(html).toMatch(/^<div class="cards"><ul>\n<li>/);
    expect(html.match(/<li>/g)).toHaveLength(2);
    expect(html).toMatch(/<svg class="icon" viewBox="0 0 24 24" width="1em" height="1em" aria-hidden="true" focusable="false"><path d="M[^"]+"[^>]*><\/path><\/svg> <strong>March<\/strong><\/p>\n<hr\/>\n<p>text<br\/>more text<\/p>/);
  });
});

describe('icons', () => {
  it('are inline SVG paths of @mdi/js', async () => {
    const { mdiSailBoat } = await import('@mdi/js');
    const html = await postHtml('Sail <Icon name="sail-boat" /> away\n');
    expect(html).toContain(`<path d="${mdiSailBoat}" fill="currentColor"></path>`);
  });
});

describe('tables', () => {
  it('sit in a numbered region that scrolls sideways: Markdown tables and JSX ones, also one written on one line', async () => {
    const html = await postHtml(
      '| a | b |\n| - | - |\n| 1 | 2 |\n\n<table><thead><tr><th>a</th></tr></thead><tbody><tr><td><ul><li>x</li></ul></td></tr></tbody></table>\n\n<table>\n  <tbody>\n    <tr><td>c</td></tr>\n  </tbody>\n</table>\n',
      'zh',
    );
    const regions = html.match(/<div class="scroll" role="region" aria-label="[^"]+" tabindex="0"><table>/g);
    expect(regions).toEqual([1, 2, 3].map((n) => `<div class="scroll" role="region" aria-label="表格 ${n}" tabindex="0"><table>`));
    expect(html).not.toContain('<p>');
    expect(html).toContain('<td><ul><li>x</li></ul></td>');
  });
});

describe('code blocks', () => {
  it('show the title of the fence above the code', async () => {
    const html = await postHtml('```yaml title="config.yaml"\nreplicas: 3\n```\n');
    expect(html).toMatch(/^<figure class="code-block code-block--titled"><figcaption class="code-block__title">config\.yaml<\/figcaption><pre class="shiki /);
    expect(html).not.toContain('data-title');
  });

  it('without a title are not captioned', async () => {
    const html = await postHtml('```yaml\nreplicas: 3\n```\n');
    expect(html).toMatch(/^<div class="code-block"><pre /);
  });

  it.each(['bash', 'shell', 'sh', 'console', 'yaml', 'go', 'markdown'])('highlight %s', async (lang) => {
    const code = { console: '$ kubectl get pods\nNAME   READY', yaml: 'key: value', go: 'func main() {}', markdown: '# Title\n\n- item' }[lang] ?? 'echo "hi" | grep h';
    const html = await postHtml(`\`\`\`${lang}\n${code}\n\`\`\`\n`);
    // Highlighted code is split into tokens of different colours; plain text is one colour.
    const colours = new Set(html.match(/--shiki-light:#[0-9A-Fa-f]{6}/g));
    expect(colours.size).toBeGreaterThan(1);
  });
});

describe('inline HTML', () => {
  it('keeps abbr, mark, sup, sub, kbd and br', async () => {
    const html = await postHtml('<abbr title="Kubernetes">K8s</abbr>, <mark>x</mark>, m<sup>2</sup>, H<sub>2</sub>O, <kbd>Ctrl</kbd>+<kbd>C</kbd><br />next\n');
    expect(html).toBe('<p><abbr title="Kubernetes">K8s</abbr>, <mark>x</mark>, m<sup>2</sup>, H<sub>2</sub>O, <kbd>Ctrl</kbd>+<kbd>C</kbd><br/>next</p>');
  });
});

describe('codeTitle', () => {
  it.each([
    ['title="config.yaml"', 'config.yaml'],
    ['linenums="1" title="a b.yaml" hl_lines="2"', 'a b.yaml'],
    ["title='values.yaml'", 'values.yaml'],
    ['title=main.go', 'main.go'],
    ['title=""', undefined],
    ['subtitle="x"', undefined],
    ['', undefined],
    [undefined, undefined],
  ])('reads %j as %j', (meta, title) => {
    expect(codeTitle(meta)).toBe(title);
  });
});

describe('tables without the site components', () => {
  it('are still put in a focusable region (tests and tools that render plain MDX)', async () => {
    const { content } = await renderMdx('| a |\n| - |\n| 1 |\n', { file: 'posts/p/en.mdx', anchorLabel: 'Link' });
    expect(renderToStaticMarkup(content)).toMatch(/^<div class="table-scroll" role="region" tabindex="0"><table>/);
  });

  it('are named in English on English pages', async () => {
    expect(await postHtml('| a |\n| - |\n| 1 |\n')).toContain('aria-label="Table 1"');
  });
});
