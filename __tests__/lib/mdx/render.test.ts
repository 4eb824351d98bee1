/** @jest-environment node */
import { plainPostHtml } from '../../helpers/mdx';

const render = (source: string) => plainPostHtml(source, '本节链接');

describe('renderMdx', () => {
  it('gives headings ids that keep their Chinese text, with anchor links', async () => {
    const { html, headings } = await render('## 云原生浪潮\n\n正文\n\n### DCE 与 Kubernetes\n');
    expect(html).toContain('<h2 id="云原生浪潮">云原生浪潮<a class="heading-anchor" data-pagefind-ignore="all" aria-label="本节链接: 云原生浪潮" href="#云原生浪潮">#</a></h2>');
    expect(headings).toEqual([
      { id: '云原生浪潮', text: '云原生浪潮', depth: 2 },
      { id: 'dce-与-kubernetes', text: 'DCE 与 Kubernetes', depth: 3 },
    ]);
  });

  it('numbers repeated headings the same way in the page and the table of contents', async () => {
    const { html, headings } = await render('## 小结\n\n## 小结\n');
    expect(headings.map((h) => h.id)).toEqual(['小结', '小结-1']);
    expect(html).toContain('id="小结-1"');
  });

  it('joins Chinese lines without stray spaces, also around links', async () => {
    const { html } = await render('第一行，\n第二行[链接](https://example.com)\n第三行。\nDaoCloud\n平台');
    // After full-width punctuation no space belongs either, even before Latin text.
    expect(html).toBe('<p>第一行，第二行<a href="https://example.com">链接</a>第三行。DaoCloud\n平台</p>');
  });

  it('joins a line that follows full-width punctuation, across a link too, without a space', async () => {
    const { html } = await render('迄今作为[容器平台](https://example.com)，\nDCE 5.0 的初始火种。\nKubean 采用');
    expect(html).toBe('<p>迄今作为<a href="https://example.com">容器平台</a>，DCE 5.0 的初始火种。Kubean 采用</p>');
  });

  it('supports GitHub-flavoured tables', async () => {
    const { html } = await render('| a | b |\n| - | - |\n| 1 | 2 |\n');
    expect(html).toContain('<table>');
  });

  it.each([
    ['a JavaScript expression', 'before {globalThis.process.exit(1)} after\n', /line 1: posts may not contain JavaScript expressions in braces/],
    ['an expression on its own line', 'text\n\n{1 + 1}\n', /line 3: posts may not contain JavaScript expressions/],
    ['an import', 'import x from "y"\n\ntext\n', /line 1: posts may not contain import or export statements/],
    ['an export', 'text\n\nexport const a = 1\n', /line 3: posts may not contain import or export statements/],
  ])('rejects %s instead of dropping it silently', async (_name, source, expected) => {
    await expect(render(source)).rejects.toThrow(expected);
  });

  it('keeps braces written as text', async () => {
    const { html } = await render('a \\{b\\} c\n');
    expect(html).toBe('<p>a {b} c</p>');
  });

  it.each([
    ['a raw script element', 'text\n\n<script>alert(1)</script>\n', /line 3: posts may not contain a <script> element/],
    ['a javascript: link', '[click](javascript:alert(1))\n', /posts may not contain a link to a script URL/],
    ['an event handler', '<div onClick="alert(1)">x</div>\n', /event handler attribute \(onClick\)/],
  ])('rejects %s, naming the file and line', async (_name, source, expected) => {
    await expect(render(source)).rejects.toThrow(/^posts\/t\/zh\.mdx: /);
    await expect(render(source)).rejects.toThrow(expected);
  });

  it('reports MDX syntax errors with the file name', async () => {
    await expect(render('a <b\n')).rejects.toThrow(/^posts\/t\/zh\.mdx: MDX could not be compiled/);
  });
});

describe('code blocks', () => {
  it('are highlighted at build time with a light and a dark palette', async () => {
    const { html } = await render('```ts\nconst answer: number = 42;\n```\n');
    expect(html).toContain('class="shiki shiki-themes github-light github-dark"');
    expect(html).toMatch(/--shiki-light:#[0-9A-Fa-f]{6};--shiki-dark:#[0-9A-Fa-f]{6}/);
    expect(html).toContain('answer');
  });

  it('load each language a post uses, several in one post', async () => {
    const { html } = await render('```yaml\nreplicas: 3\n```\n\n```bash\nkubectl get pods\n```\n\n```go\nfunc main() {}\n```\n');
    expect(html.match(/class="shiki /g)).toHaveLength(3);
    // Each block is split into coloured tokens, which plain text never is.
    for (const word of ['replicas', 'kubectl', 'func']) expect(html).toMatch(new RegExp(`<span style="--shiki-light:#[0-9A-Fa-f]{6};--shiki-dark:#[0-9A-Fa-f]{6}">${word}`));
  });

  it('fall back to plain text for an unknown language', async () => {
    const { html } = await render('```nosuchlang\nplain words\n```\n');
    expect(html).toContain('plain words');
  });
});
