/** @jest-environment node */
import { renderToStaticMarkup } from 'react-dom/server';
import { renderMdx } from '@/lib/mdx/render';

async function render(source: string) {
  const { content } = await renderMdx(source, { file: 'posts/t/zh.mdx', anchorLabel: '本节链接' });
  return renderToStaticMarkup(content);
}

const FLOWCHART = [
  '```mermaid',
  'flowchart LR',
  '  subgraph 用户层',
  '    A[开发者<br/>提交代码]-->B(CI 流水线)',
  '  end',
  '  B -.-> C{镜像仓库}',
  '  C --> D[Kubernetes<br/>集群]',
  '  D -.->|回滚| B',
  '```',
].join('\n');

describe('mermaid diagrams', () => {
  it('are drawn at build time as an inline SVG image named by what they show', async () => {
    const html = await render(`正文\n\n${FLOWCHART}\n`);
    expect(html).toMatch(/^<p>正文<\/p>\n<figure class="mermaid"><svg viewBox="0 0 [\d.]+ [\d.]+" width="[\d.]+" height="[\d.]+" role="img"/);
    expect(html).toContain(
      'aria-label="开发者 提交代码 → CI 流水线; CI 流水线 → 镜像仓库; 镜像仓库 → Kubernetes 集群; Kubernetes 集群 → CI 流水线 (回滚)"',
    );
    // Labels are SVG text, the <br/> a second line; the code block is gone.
    expect(html).toMatch(/<tspan x="[\d.]+" dy="-[\d.]+">开发者<\/tspan><tspan x="[\d.]+" dy="[\d.]+">提交代码<\/tspan>/);
    expect(html).toContain('>用户层</text>');
    expect(html).not.toContain('<pre');
    expect(html).not.toContain('flowchart');
  });

  it('keep to the page policy and theme: no <style>, no fonts from elsewhere, colours from CSS variables', async () => {
    const html = await render(FLOWCHART);
    expect(html).not.toMatch(/<style|@import|googleapis|<script|style="/);
    // Every colour is a theme variable (app/globals.css), none is baked in.
    const colours = [...html.matchAll(/(?:fill|stroke)="([^"]*)"/g)].map((match) => match[1]);
    expect(colours.length).toBeGreaterThan(10);
    expect(colours.every((colour) => colour === 'none' || /^var\(--[\w-]+\)$/.test(colour))).toBe(true);
    expect(html).toContain('stroke-dasharray="4 4"');
  });

  it('give each diagram of a page its own ids', async () => {
    const html = await render(`${FLOWCHART}\n\n${FLOWCHART}\n`);
    expect(html).toContain('<marker id="mermaid-1-arrowhead"');
    expect(html).toContain('<marker id="mermaid-2-arrowhead"');
    expect(html).toContain('marker-end="url(#mermaid-2-arrowhead)"');
    expect(html).not.toContain('url(#arrowhead)');
  });

  it('take their name from the fence title, shown as a caption, and describe the diagram in words', async () => {
    const html = await render('```mermaid title="发布流程"\nflowchart TD\n  A[代码] --> B[镜像]\n```\n');
    expect(html).toContain('role="img" aria-label="发布流程" aria-describedby="mermaid-1-description"><desc id="mermaid-1-description">代码 → 镜像</desc>');
    expect(html).toMatch(/<\/svg><figcaption>发布流程<\/figcaption><\/figure>$/);
  });

  it('take Mermaid’s accTitle and accDescr', async () => {
    const html = await render('```mermaid\nsequenceDiagram\n  accTitle: Deploying\n  accDescr: The client applies a manifest\n  participant U as User\n  U->>K: kubectl apply\n  K-->>U: 201 Created\n```\n');
    expect(html).toContain('aria-label="Deploying" aria-describedby="mermaid-1-description"><desc id="mermaid-1-description">The client applies a manifest</desc>');
    expect(html).toContain('>kubectl apply</text>');
    expect(html).not.toContain('figcaption');
  });

  it('describe sequence diagrams by their messages', async () => {
    const html = await render('```mermaid\nsequenceDiagram\n  participant U as 用户\n  U->>K: apply\n  K-->>U: ok\n```\n');
    expect(html).toContain('aria-label="用户 → K: apply; K → 用户: ok"');
  });

  it('leave other code blocks to the highlighter', async () => {
    const html = await render('```yaml\nkind: mermaid\n```\n');
    expect(html).toContain('class="shiki ');
    expect(html).not.toContain('<svg');
  });

  it.each([
    ['a line it cannot read', 'text\n\n```mermaid\nflowchart LR\n  A --> B\n  A --o C\n```\n', /^posts\/t\/zh\.mdx: line 6: mermaid diagram: circle and cross edge ends/],
    ['an unsupported kind', '```mermaid\npie\n  "a": 1\n```\n', /^posts\/t\/zh\.mdx: line 2: mermaid diagram: "pie" diagrams are not supported/],
    ['an unclosed subgraph', '## a\n\n```mermaid\ngraph TD\n  subgraph S\n  A --> B\n```\n', /^posts\/t\/zh\.mdx: line 5: mermaid diagram: this subgraph is never closed/],
    ['an empty diagram', '```mermaid\n```\n', /^posts\/t\/zh\.mdx: line 2: mermaid diagram: the diagram is empty/],
  ])('fail the build on %s, naming the file and line', async (_name, source, message) => {
    await expect(render(source)).rejects.toThrow(message);
  });
});
