/** @jest-environment node */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { PostAssets } from '@/lib/import/assets';
import { convertPost } from '@/lib/import/convert';
import { sourceAnchors } from '@/lib/import/heading-anchors';
import { ImportReport } from '@/lib/import/report';
import { renderMdx } from '@/lib/mdx/render';
import { checkMdxComponent } from '@/components/mdx/props';
import { pngBytes } from '../../helpers/png';

let root: string;
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'convert-'));
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

/** Converts one post written at docs/blogs/2024/post.md, beside the given files. */
async function convert(source: string, { files = {}, baseUrl = 'https://docs.example.com/', locale = 'zh' }: { files?: Record<string, Buffer | string>; baseUrl?: string; locale?: string } = {}) {
  const docsDir = join(root, 'docs');
  const path = join(docsDir, 'blogs/2024/post.md');
  for (const [name, content] of Object.entries({ 'blogs/2024/post.md': source, ...files })) {
    mkdirSync(dirname(join(docsDir, name)), { recursive: true });
    writeFileSync(join(docsDir, name), content);
  }
  const report = new ImportReport();
  const postSlugs = new Map([[join(docsDir, 'blogs/2024/other.md'), 'other']]);
  const assets = new PostAssets(join(root, 'public'), 'post', null);
  const { mdx, frontMatter } = await convertPost(source, { path, file: 'post.md', locale, slug: 'post' }, {
    site: { docsDir, locale, baseUrl, directoryUrls: false, postSlugs, anchorsOf: sourceAnchors() },
    assets,
    report,
  });
  const body = mdx.slice(mdx.indexOf('---\n\n') + 5);
  // Everything the importer writes must compile as the build compiles it.
  await renderMdx(body, { file: 'post.mdx', checkComponent: checkMdxComponent, anchorLabel: '#' });
  return { mdx, body, frontMatter, report };
}

const post = (body: string) => `# 标题\n\n开头的一段话。\n\n${body}\n`;

describe('convertPost: constructs', () => {
  it.each([
    ['!!! tip with a title', '!!! tip "小提示"\n\n    正文', '<Admonition type="tip" title="小提示">\n  正文\n</Admonition>'],
    ['!!! with an empty title', '!!! note ""\n\n    没有标题栏', '<Admonition type="note" title="">\n  没有标题栏\n</Admonition>'],
    ['??? with an empty title keeps the default one', '??? note ""\n\n    正文', '<Admonition type="note" collapsible="closed">'],
    ['!!! with an alias type', '!!! hint\n\n    正文', '<Admonition type="tip">'],
    ['??? collapsible, closed', '??? note "展开"\n\n    正文', '<Admonition type="note" title="展开" collapsible="closed">'],
    ['???+ collapsible, open', '???+ info\n\n    正文', '<Admonition type="info" collapsible="open">'],
    ['??? with a title and no type', '??? "只有标题"\n\n    正文', '<Admonition type="note" title="只有标题" collapsible="closed">'],
    ['5-space indents', '!!! quote\n\n     五个空格', '<Admonition type="quote">\n  五个空格\n</Admonition>'],
    ['an admonition in a list item', '1. 第一步\n\n    !!! note\n\n        列表里的提示\n\n1. 第二步', '   <Admonition type="note">\n     列表里的提示\n   </Admonition>'],
    ['==mark==', '这是 ==重点== 内容', '这是 <mark>重点</mark> 内容'],
    ['^sup^ and ~sub~', 'H~2~O 与 5^th^', 'H<sub>2</sub>O 与 5<sup>th</sup>'],
    ['~~del~~', '这是 ~~删除~~ 的', '这是 ~~删除~~ 的'],
    ['a lone tilde stays text', '3~5 分钟', '3\\~5 分钟'],
    ['abbreviations', 'K8s 集群\n\n*[K8s]: Kubernetes', '<abbr title="Kubernetes">K8s</abbr> 集群'],
    ['a <br>', '第一行<br>\n第二行', '第一行<br />\n第二行'],
    ['a hard line break', '行末两个空格  \n换行', '行末两个空格\\\n换行'],
    ['braces, a bare < and a Hugo shortcode', '文本 {x} 和 a < b 以及 {{< note >}}', '文本 \\{x} 和 a \\< b 以及 \\{\\{\\< note >}}'],
    ['an HTML comment', '前<!-- 注释 -->后', '前后'],
    ['a fenced code title', '```yaml title="config.yaml"\nkind: Cluster\n```', '```yaml title="config.yaml"\nkind: Cluster\n```'],
    ['a code fence closed with four backticks', '```bash\necho hi\n````\n\n之后', '```bash\necho hi\n```\n\n之后'],
    ['mermaid', '```mermaid\nflowchart LR\n  A --> B\n```', '```mermaid\nflowchart LR\n  A --> B\n```'],
    ['a task list', '- [ ] 待办\n- [x] 完成', '- [ ] 待办\n- [x] 完成'],
    ['a material icon', ':material-rocket-launch: 出发', '<Icon name="rocket-launch" /> 出发'],
    ['an emoji shortcode with attributes', ':tada:{ .lg } 庆祝', '🎉 庆祝'],
    ['a button', '[下载](https://example.com/d){ .md-button .md-button--primary }', '<Button href="https://example.com/d" variant="primary">下载</Button>'],
    ['a plain button', '[了解](https://example.com/m){ .md-button }', '<Button href="https://example.com/m" variant="default">了解</Button>'],
    ['a <placeholder> in text', '访问 http://<JaegerIP>:16686/ 或 <victoriametrics-addr>', '访问 http\\://\\<JaegerIP>:16686/ 或 \\<victoriametrics-addr>'],
    ['a <placeholder> on a line of its own', '将版本号填入\n\n<version>\n\n即可', '将版本号填入\n\n\\<version>\n\n即可'],
    ['a definition list', '__kwok__\n:   一个工具，\n    可以模拟节点。\n\n    第二段。\n\n:   另一个定义', '<dl>\n  <dt>\n    **kwok**\n  </dt>\n\n  <dd>\n    一个工具，\n    可以模拟节点。\n\n    第二段。\n  </dd>\n\n  <dd>\n    另一个定义\n  </dd>\n</dl>'],
    ['a colon line after a heading stays text', '## 小节\n\n:   不是定义', '## 小节\n\n:   不是定义'],
    ['a colon line after a list stays text', '- 一项\n\n:   不是定义', '- 一项\n\n:   不是定义'],
    ['^^ins^^', '这是 ^^新增^^ 的', '这是 <ins>新增</ins> 的'],
    ['CriticMarkup', '{++加上++}、{--删去--}、{~~旧~>新~~}、{==标记==}{>>编辑意见<<}。', '<ins>加上</ins>、<del>删去</del>、<del>旧</del><ins>新</ins>、<mark>标记</mark>。'],
    ['smart symbols and ordinals', 'A --> B <-- C <--> D, (c) (tm) +/- =/= 1/2, on June 6th and the 2nd, `a --> b`', 'A → B ← C ↔ D, © ™ ± ≠ ½, on June 6<sup>th</sup> and the 2<sup>nd</sup>, `a --> b`'],
    ['a date or path with a slash is no fraction', '2024/1/2 与 11/2', '2024/1/2 与 11/2'],
    ['repository shorthands', '见 kubernetes/kubernetes#112296 和 kubernetes-csi/external-provisioner!805，[已链接 a/b#1](https://example.com)，路径 x/a/b#1', '见 [kubernetes/kubernetes#112296](https://github.com/kubernetes/kubernetes/issues/112296) 和 [kubernetes-csi/external-provisioner!805](https://github.com/kubernetes-csi/external-provisioner/pull/805)，[已链接 a/b#1](https://example.com)，路径 x/a/b#1'],
    ['a bare address before full-width punctuation', '介绍：https://example.com/e/1，Maintainer Track；<https://example.com/a，b>', '介绍：[https://example.com/e/1](https://example.com/e/1)，Maintainer Track；[https://example.com/a，b](https://example.com/a，b)'],
    ['a dunder name in bold', '如 ____main____ 与 __bold__ 与 snake_case', '如 **\\_\\_main\\_\\_** 与 **bold** 与 snake_case'],
    ['bold set by an inline style', '<div style="text-align: center;"><p style="font-size: 28px; font-weight: bold;">扩展至 7500 个节点</p></div>\n\n正文 <span style="font-weight:700">重点</span> 结束', '<div>\n  **扩展至 7500 个节点**\n</div>\n\n正文 **重点** 结束'],
    ['keyboard keys', '按 ++ctrl+alt+del++ 或 ++cmd+"K"++，C++ 不变', '按 <kbd>Ctrl</kbd>+<kbd>Alt</kbd>+<kbd>Del</kbd> 或 <kbd>Cmd</kbd>+<kbd>K</kbd>，C++ 不变'],
    ['a key with a long name', '++page-up++ 与 ++f5++', '<kbd>Page Up</kbd> 与 <kbd>F5</kbd>'],
    ['inline code with a language marker', '运行 `#!python print("hi")` 即可', '运行 `print("hi")` 即可'],
    ['a video', '<video src="https://example.com/v.mp4" controls></video>', '<video src="https://example.com/v.mp4" controls />'],
    ['a raw HTML table with a list in a cell', '<table>\n  <tr><th>平台</th></tr>\n\n  <tr><td><ul><li>AWS</li></ul></td></tr>\n</table>', '<td>\n        - AWS\n      </td>'],
  ])('%s', async (_name, source, expected) => {
    const { body } = await convert(post(source));
    expect(body).toContain(expected);
  });

  it('reads titles in curly quotes as meant, and says so', async () => {
    const { body, report } = await convert(post('!!! tip “小提示”\n\n    正文\n\n=== “CentOS”\n\n    yum\n\n=== "Ubuntu"\n\n    apt'));
    expect(body).toContain('<Admonition type="tip" title="小提示">');
    expect(body).toContain('<Tabs>\n  <Tab label="CentOS">\n    yum\n  </Tab>\n\n  <Tab label="Ubuntu">');
    expect(report.notes.filter((note) => note.kind === 'unconverted').map((note) => note.line)).toEqual([5, 9]);
  });

  it('groups tabs nested in a tab into a <Tabs> of their own', async () => {
    const { body } = await convert(post('=== "Linux"\n\n    === "x86"\n\n        装 x86 版\n\n    === "ARM"\n\n        装 ARM 版\n\n=== "macOS"\n\n    装 macOS 版'));
    expect(body).toContain('<Tabs>\n  <Tab label="Linux">\n    <Tabs>\n      <Tab label="x86">\n        装 x86 版\n      </Tab>\n\n      <Tab label="ARM">\n        装 ARM 版\n      </Tab>\n    </Tabs>\n  </Tab>\n\n  <Tab label="macOS">');
  });

  it('groups consecutive content tabs into one <Tabs>, with code, lists and rules inside', async () => {
    const { body } = await convert(post('=== "CentOS"\n\n    ```bash\n    yum install\n    ```\n\n=== "Ubuntu"\n\n    - 一\n\n    ---\n\n    说明'));
    expect(body).toContain('<Tabs>\n  <Tab label="CentOS">\n    ```bash\n    yum install\n    ```\n  </Tab>\n\n  <Tab label="Ubuntu">\n    - 一\n\n    ---\n\n    说明\n  </Tab>\n</Tabs>');
  });

  it('makes grid cards a <Cards> list, dropping icons it cannot draw and saying so', async () => {
    const { body, report } = await convert(post('<div class="grid cards" markdown>\n\n- :octicons-book-16:{ .lg .middle } __文档__\n\n    ---\n\n    卡片\n\n</div>'));
    expect(body).toContain('<Cards>\n  - **文档**\n\n    ---\n\n    卡片\n</Cards>');
    expect(report.notes).toContainEqual(expect.objectContaining({ kind: 'unconverted', line: 7, message: 'icon :octicons-book-16: has no SVG here and was dropped' }));
  });

  it('copies a relative image with its size, scaled to a width attribute', async () => {
    const { body, report } = await convert(post('![架构](../images/arch.png){ width="400" }'), { files: { 'blogs/images/arch.png': pngBytes(800, 400) } });
    expect(body).toContain('<Figure src="/images/post/arch.png" alt="架构" width="400" height="200" />');
    expect(report.notes).toContainEqual(expect.objectContaining({ kind: 'image-copied', message: '../images/arch.png -> /images/post/arch.png' }));
  });

  it('copies a video’s poster image with the video, and leaves out a poster that is missing', async () => {
    const files = { 'blogs/2024/images/birth.mp4': 'video bytes', 'blogs/2024/images/birth.jpg': pngBytes(64, 36) };
    const { body } = await convert(post('<video src="images/birth.mp4" poster="images/birth.jpg" controls></video>'), { files });
    expect(body).toContain('<video src="/images/post/birth.mp4" poster="/images/post/birth.jpg" controls />');
    const { body: without, report } = await convert(post('<video src="images/birth.mp4" poster="images/gone.jpg" controls></video>'), { files });
    expect(without).toContain('<video src="/images/post/birth.mp4" controls />');
    expect(report.notes).toContainEqual(expect.objectContaining({ kind: 'unconverted', message: expect.stringMatching(/^images\/gone\.jpg: /) }));
  });

  it('puts in the text of a snippet (--8<--), found beside mkdocs.yml, and reports one that is missing', async () => {
    const files = { '../includes/glossary.md': '!!! note "术语"\n\n    DCE 是 DaoCloud Enterprise。', 'blogs/2024/local.md': '同目录的片段。' };
    const source = post('正文。\n\n--8<-- "includes/glossary.md"\n\n--8<-- "local.md"\n\n;--8<-- "escaped.md"\n\n--8<-- "gone.md"');
    const { body, report } = await convert(source, { files });
    expect(body).toContain('<Admonition type="note" title="术语">\n  DCE 是 DaoCloud Enterprise。\n</Admonition>\n\n同目录的片段。\n\n\\--8\\<-- "escaped.md"');
    expect(report.notes).toContainEqual(expect.objectContaining({ kind: 'unconverted', line: 13, message: 'snippet "gone.md" (--8<--) was not found or nests too deep; left out' }));
  });

  it('drops the [TOC] marker and reports template expressions and TeX math, which stay as written', async () => {
    const { body, report } = await convert(post('[TOC]\n\n版本 {{ dce_version }} 已发布。\n\n$$\nE = mc^2\n$$'));
    expect(body).not.toContain('TOC');
    expect(body).toContain('版本 \\{\\{ dce_version }} 已发布。');
    expect(report.notes.filter((note) => note.kind === 'unconverted').map((note) => [note.line, note.message])).toEqual([
      [7, 'a template expression (mkdocs-macros, or a Hugo shortcode) is shown as written: {{ dce_version }}'],
      [9, 'TeX math (arithmatex) is shown as its source: $$\nE = mc^2\n$$'],
    ]);
  });

  it('keeps a figure’s caption', async () => {
    const { body } = await convert(post('<figure markdown="span">\n  ![标志](./logo.png)\n  <figcaption>标志的说明</figcaption>\n</figure>'), { files: { 'blogs/2024/logo.png': pngBytes(200, 100) } });
    expect(body).toContain('<Figure src="/images/post/logo.png" alt="标志" width="200" height="100">\n  标志的说明\n</Figure>');
  });

  it('keeps an absolute image remote when it is not downloaded, and reports it', async () => {
    const { body, report } = await convert(post('![远程](https://img.example.com/a.png)'));
    expect(body).toContain('<Figure src="https://img.example.com/a.png" alt="远程" />');
    expect(report.count('image-remote')).toBe(1);
  });

  it('shows the alt text of a missing image instead of a broken one', async () => {
    const { body, report } = await convert(post('![不存在的图](./missing.png)'));
    expect(body).toContain('*不存在的图*');
    expect(report.notes).toContainEqual(expect.objectContaining({ kind: 'unconverted', message: expect.stringContaining('was not found') }));
  });

  it('links other imported posts by our URL and documentation pages on the published site', async () => {
    const { body, report } = await convert(post('[另一篇](./other.md#小节) [安装](../../install/index.md) [外部](https://example.com)'));
    expect(body).toContain('[另一篇](/zh/blogs/other#小节)');
    expect(body).toContain('[安装](https://docs.example.com/install/index.html)');
    expect(body).toContain('[外部](https://example.com)');
    expect(report.count('link-rewritten')).toBe(2);
  });

  it('keeps a heading’s {#id}, and points links at the ids headings have here, in this post and in another', async () => {
    const other = '# 另一篇\n\n## 准备工作\n\n## 安装\n';
    const source = post('## 检查所需端口\n\n见[端口](#_2)、[安装](#install){ .md-button }、[别处](other.md#_3)和[不存在](#_9)。\n\n## 安装步骤 { #install .wide }');
    const { body, report } = await convert(source, { files: { 'blogs/2024/other.md': other } });
    expect(body).toContain('## 安装步骤 \\{#install}');
    expect(body).toContain('见[端口](#检查所需端口)、<Button href="#install" variant="default">安装</Button>、[别处](/zh/blogs/other#安装)和[不存在](#_9)。');
    expect(report.notes).toContainEqual(expect.objectContaining({ kind: 'link-rewritten', message: '#_2 -> #检查所需端口' }));
    expect(report.notes).toContainEqual(expect.objectContaining({ kind: 'unconverted', message: 'link #_9: no heading has the id "_9"; kept as written' }));
    expect(report.notes).toContainEqual(expect.objectContaining({ kind: 'unconverted', message: 'heading attributes {#install .wide}: kept the id #install, dropped the rest' }));
    expect(report.notes.filter((note) => note.kind === 'unconverted')).toHaveLength(2);
    const { report: classesOnly } = await convert(post('## 小节 { .wide }'));
    expect(classesOnly.notes).toContainEqual(expect.objectContaining({ kind: 'unconverted', message: 'heading attributes {.wide}: dropped' }));
  });

  it('keeps the text of a documentation link when the site’s address is not given', async () => {
    const { body, report } = await convert(post('看[安装](../../install/index.md)。'), { baseUrl: '' });
    expect(body).toContain('看安装。');
    expect(report.notes).toContainEqual(expect.objectContaining({ kind: 'link-dropped', line: 5 }));
  });

  it('marks ==text == (a space before the closing ==) as meant, and says so; leaves a == b alone', async () => {
    const { body, report } = await convert(post('==夺下那个山头！ == 以及 a == b'));
    expect(body).toContain('<mark>夺下那个山头！</mark>  以及 a == b');
    expect(report.notes).toContainEqual(expect.objectContaining({ kind: 'unconverted', line: 5, message: expect.stringMatching(/space before its closing ==/) }));
    const plain = await convert(post('这是 ==重点== 内容'));
    expect(plain.report.notes.filter((note) => note.kind === 'unconverted')).toEqual([]);
  });

  it('reports a link written without its ) or its reference, which stays text as written', async () => {
    const { body, report } = await convert(post('the spark for the [DCE](../../dce/index.mdroduction cluster, and [this][missing] too.'));
    expect(body).toContain('\\[DCE]\\(../../dce/index.mdroduction cluster, and \\[this]\\[missing] too.');
    const messages = report.notes.filter((note) => note.kind === 'unconverted').map((note) => `${note.line}: ${note.message}`);
    expect(messages).toEqual([
      '5: "[DCE](../../dce/index.mdroduction" is not a complete link (a ")" or its reference is missing); kept as text',
      '5: "[this][missing]" is not a complete link (a ")" or its reference is missing); kept as text',
    ]);
  });

  it.each([
    ['its file name', '![whatmesh](./images/whatmesh.png)', true],
    ['its file name with the extension', '![whatmesh.png](./images/whatmesh.png)', true],
    ['a placeholder word', '![图片](./images/whatmesh.png)', true],
    ['a numbered placeholder', '![image 2](./images/whatmesh.png)', true],
    ['a description', '![网格状服务模型](./images/whatmesh.png)', false],
  ])('reports alt text that is %s', async (_name, source, reported) => {
    const { report } = await convert(post(source), { files: { 'blogs/2024/images/whatmesh.png': pngBytes(40, 20) } });
    const notes = report.notes.filter((note) => note.kind === 'unconverted' && /is a file name or a placeholder/.test(note.message));
    expect(notes).toHaveLength(reported ? 1 : 0);
  });

  it('takes the first # heading as the title and makes later ones ##', async () => {
    const { body, frontMatter, report } = await convert('# 标题\n\n正文。\n\n# 又一个一级标题\n');
    expect(frontMatter.title).toBe('标题');
    expect(body).not.toContain('# 标题');
    expect(body).toContain('## 又一个一级标题');
    expect(report.notes).toContainEqual(expect.objectContaining({ kind: 'unconverted', line: 5 }));
  });
});
