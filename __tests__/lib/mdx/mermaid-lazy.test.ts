/** @jest-environment node */
import { renderToStaticMarkup } from 'react-dom/server';
import { renderMdx } from '@/lib/mdx/render';

// The diagram library (and its 1.6 MB layout engine) must not even load for a post without a diagram.
jest.mock('beautiful-mermaid', () => {
  throw new Error('beautiful-mermaid was loaded');
});

it('renders a post without diagrams without loading the diagram library', async () => {
  const { content } = await renderMdx('## 标题\n\n```ts\nconst a = 1;\n```\n', { file: 'posts/t/zh.mdx', anchorLabel: '#' });
  expect(renderToStaticMarkup(content)).toContain('class="shiki ');
  await expect(renderMdx('```mermaid\nflowchart LR\n  A --> B\n```\n', { file: 'posts/t/zh.mdx', anchorLabel: '#' })).rejects.toThrow(
    /beautiful-mermaid was loaded/,
  );
});
