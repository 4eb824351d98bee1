/** @jest-environment node */
import { escapeHeadingIds } from '@/lib/mdx/plugins/remark-heading-ids';
import { plainPostHtml } from '../../../helpers/mdx';

const render = (source: string) => plainPostHtml(source, '链接');

describe('heading ids written as {#id}', () => {
  it('give the heading that id, with the text and the table of contents without it', async () => {
    const { html, headings } = await render('## 对可分区设备的支持 {#partitionable-devices}\n\n正文\n\n### 其他 \\{#other}\n');
    expect(html).toContain('<h2 id="partitionable-devices">对可分区设备的支持<a class="heading-anchor" data-pagefind-ignore="all" aria-label="链接: 对可分区设备的支持" href="#partitionable-devices">#</a></h2>');
    expect(html).toContain('<h3 id="other">其他<a');
    expect(headings).toEqual([
      { depth: 2, id: 'partitionable-devices', text: '对可分区设备的支持' },
      { depth: 3, id: 'other', text: '其他' },
    ]);
  });

  it('leave a heading without one its id from the text, and braces elsewhere as they are', async () => {
    const { html } = await render('## 安装步骤\n\n集合 \\{#a} 写在正文里\n');
    expect(html).toContain('<h2 id="安装步骤">');
    expect(html).toContain('<p>集合 {#a} 写在正文里</p>');
  });

  it('still name the line of an error after the heading', async () => {
    await expect(render('## 标题 {#t}\n\n算一算 {1 + 1}\n')).rejects.toThrow(/line 3: /);
  });
});

describe('escapeHeadingIds', () => {
  it('reads headings and fences indented inside components', () => {
    const source = '<Tab label="a">\n    ## A {#a}\n    ```md\n    ## B {#b}\n    ```\n</Tab>';
    expect(escapeHeadingIds(source).split('\n').slice(1, 4)).toEqual(['    ## A \\{#a}', '    ```md', '    ## B {#b}']);
  });


  it('escapes the braces of a heading id outside code fences, keeping every line', () => {
    const source = '## A {#a}\n```md\n## B {#b}\n```\n~~~\n## C {#c}\n~~~\n### D {#d}  \n#nope {#e}\n## F \\{#f}';
    const escaped = escapeHeadingIds(source);
    expect(escaped.split('\n')).toEqual(['## A \\{#a}', '```md', '## B {#b}', '```', '~~~', '## C {#c}', '~~~', '### D \\{#d}', '#nope {#e}', '## F \\{#f}']);
  });
});
