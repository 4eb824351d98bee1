/** @jest-environment node */
import { renderMdx } from '@/lib/mdx/render';
import { readPosts } from '@/lib/content/post-store';
import { checkMdxComponent } from '@/components/mdx';
import { post, validFields, writePosts } from '../../helpers/write-posts';

/** Reads one post from a temporary folder and compiles it as the article page does. */
async function build(source: string, folder = 'bad-post') {
  const [only] = readPosts({ dir: writePosts({ [`${folder}/zh.mdx`]: source }), includeDrafts: true }).posts;
  return renderMdx(only.body, { file: only.file, anchorLabel: '链接', checkComponent: checkMdxComponent });
}

describe('broken or hostile posts stop the build with the file and line', () => {
  it.each([
    // The front matter takes lines 1-9, so the body starts on line 10.
    ['an unclosed element', post(validFields, '第一段。\n\n<div>\n\n没有结束\n'), /bad-post\/zh\.mdx: line 12: Expected a closing tag for `<div>` \(12:1/],
    ['a bare <', post(validFields, '数量 <b 个\n'), /bad-post\/zh\.mdx: MDX could not be compiled/],
    ['an HTML comment', post(validFields, '<!-- 备注 -->\n\n正文\n'), /bad-post\/zh\.mdx: MDX could not be compiled/],
    ['an import', post(validFields, 'import fs from "node:fs"\n\n正文\n'), /bad-post\/zh\.mdx: line 10: posts may not contain import or export statements/],
    ['a JavaScript expression', post(validFields, '正文 {require("fs")}\n'), /bad-post\/zh\.mdx: line 10: posts may not contain JavaScript expressions/],
    ['a raw script', post(validFields, '正文\n\n<script>alert(1)</script>\n'), /bad-post\/zh\.mdx: line 12: posts may not contain a <script> element/],
    ['a javascript: link', post(validFields, '[点我](javascript:alert(1))\n'), /bad-post\/zh\.mdx: [\s\S]*posts may not contain a link to a script URL/],
  ])('%s', async (_name, source, expected) => {
    await expect(build(source)).rejects.toThrow(expected);
  });

  it('an empty file', () => {
    expect(() => readPosts({ dir: writePosts({ 'empty/zh.mdx': '' }), includeDrafts: true })).toThrow(/empty\/zh\.mdx: missing front matter/);
  });

  it('a second folder for the same slug cannot exist, and a differently written one is refused', () => {
    expect(() => readPosts({ dir: writePosts({ 'my-post/zh.mdx': post(), 'My-Post/zh.mdx': post() }), includeDrafts: true })).toThrow(
      /folder name "My-Post" is not a valid slug/,
    );
  });
});

describe('a very long post', () => {
  it('of 1 MB reads and compiles', async () => {
    const paragraph = '容器云架构的敏捷、轻简和高度兼容性使得容器成为云原生生态中最基础的一环。'.repeat(20);
    const body = Array.from({ length: Math.ceil(1_000_000 / Buffer.byteLength(paragraph + '\n\n')) }, (_, index) => (index % 50 === 0 ? `## 第 ${index} 节\n\n${paragraph}` : paragraph)).join('\n\n');
    expect(Buffer.byteLength(body)).toBeGreaterThan(1_000_000);
    const [only] = readPosts({ dir: writePosts({ 'long/zh.mdx': post(validFields, body) }), includeDrafts: true }).posts;
    expect(only.readingMinutes).toBeGreaterThan(500);
    const { headings } = await renderMdx(only.body, { file: only.file, anchorLabel: '链接', checkComponent: checkMdxComponent });
    expect(headings.length).toBeGreaterThanOrEqual(10);
  }, 60_000);
});
