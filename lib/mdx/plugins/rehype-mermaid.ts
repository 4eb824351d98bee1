import { Fragment, createElement, type ReactNode } from 'react';
import type { Element, Root } from 'hast';
import type { MdxJsxFlowElementHast } from 'mdast-util-mdx-jsx';
import { toString } from 'hast-util-to-string';
import { SKIP, visit } from 'unist-util-visit';
import { drawMermaid } from '../mermaid/draw';
import { MermaidSourceError, readMermaid } from '../mermaid/source';
import { codeTitle } from './shiki-code-title';

/** The component each drawing is put in, so that it opens at full size; the site's is components/mdx/ZoomableDiagram.tsx. */
export const DIAGRAM_WRAPPER = 'ZoomableDiagram';

type Diagram = { pre: Element; parent: { children: unknown[] }; index: number };

/**
 * Draws each ```mermaid block as an inline SVG at build time, in place of the
 * code: the reader gets a picture with no script and nothing to download, and
 * its colours follow the page's light or dark theme. Runs before shiki, which
 * would otherwise highlight the block as code. The figure's accessible name is
 * the fence's title="..." (also shown as its caption), else Mermaid's
 * accTitle:, else the diagram in words; accDescr: becomes its description.
 * A diagram that cannot be read fails the build naming its line.
 */
export default function rehypeMermaid() {
  return async (tree: Root) => {
    const diagrams: Diagram[] = [];
    visit(tree, 'element', (node, index, parent) => {
      if (node.tagName !== 'pre' || index === undefined || !parent) return;
      const code = node.children.find((child): child is Element => child.type === 'element' && child.tagName === 'code');
      const classes = code?.properties.className;
      if (Array.isArray(classes) && classes.includes('language-mermaid')) diagrams.push({ pre: node, parent, index });
      return SKIP;
    });
    for (const [number, diagram] of diagrams.entries()) {
      diagram.parent.children[diagram.index] = await figure(diagram.pre, `mermaid-${number + 1}`);
    }
  };
}

async function figure(pre: Element, id: string): Promise<Element> {
  const code = pre.children[0] as Element;
  // The fence's own line; the diagram starts on the next one.
  const fence = pre.position?.start.line ?? code.position?.start.line;
  const fail = (line: number | undefined, message: string): never => {
    throw new Error(`${line ? `line ${line}: ` : ''}mermaid diagram: ${message}`);
  };
  let source;
  try {
    source = readMermaid(toString(code));
  } catch (error) {
    if (!(error instanceof MermaidSourceError)) throw error;
    return fail(fence === undefined ? undefined : fence + error.line, error.message);
  }
  let drawing;
  try {
    drawing = await drawMermaid(source, id);
  } catch (error) {
    return fail(fence, `could not be drawn: ${(error as Error).message}`);
  }
  const { svg, summary } = drawing;
  const title = codeTitle(typeof code.data?.meta === 'string' ? code.data.meta : undefined);
  const name = title ?? source.title ?? summary;
  const description = source.description ?? (name === summary ? undefined : summary);
  svg.properties = { ...svg.properties, role: 'img', ariaLabel: name, ...(description ? { ariaDescribedBy: [`${id}-description`] } : {}) };
  if (description) {
    svg.children.unshift({ type: 'element', tagName: 'desc', properties: { id: `${id}-description` }, children: [{ type: 'text', value: description }] });
  }
  const zoomable: MdxJsxFlowElementHast = {
    type: 'mdxJsxFlowElement',
    name: DIAGRAM_WRAPPER,
    attributes: [],
    children: [svg],
  };
  const children: Element['children'] = [zoomable as unknown as Element];
  if (title) children.push({ type: 'element', tagName: 'figcaption', properties: {}, children: [{ type: 'text', value: title }] });
  return { type: 'element', tagName: 'figure', properties: { className: ['mermaid'] }, children, position: pre.position };
}

/** The wrapper when renderMdx is given no component map of its own (tests, tools): the drawing alone. */
export function PlainDiagram({ children }: { children?: ReactNode }) {
  return createElement(Fragment, null, children);
}
