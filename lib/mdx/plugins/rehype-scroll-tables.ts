import { createElement, type ReactNode } from 'react';
import type { Root, RootContent } from 'hast';
import type { MdxJsxFlowElementHast } from 'mdast-util-mdx-jsx';
import { SKIP, visit } from 'unist-util-visit';

/** The component each table is put in; the site's is components/mdx/TableScroll.tsx. */
export const TABLE_WRAPPER = 'TableScroll';

/**
 * Puts every table of a post, numbered in order, into <TableScroll number="n">,
 * a box that scrolls sideways on a narrow screen instead of widening the page.
 * Markdown tables are hast elements here; a literal JSX <table> is still an
 * MDX JSX node (MDX has already lifted one written on a single line out of
 * its paragraph).
 */
export default function rehypeScrollTables() {
  return (tree: Root) => {
    let count = 0;
    visit(tree, (node, index, parent) => {
      if (!parent || index === undefined) return;
      if (!isTable(node as RootContent)) return;
      count += 1;
      const wrapper: MdxJsxFlowElementHast = {
        type: 'mdxJsxFlowElement',
        name: TABLE_WRAPPER,
        attributes: [{ type: 'mdxJsxAttribute', name: 'number', value: String(count) }],
        children: [node as MdxJsxFlowElementHast['children'][number]],
      };
      (parent.children as unknown[])[index] = wrapper;
      // A table inside this one (rare) scrolls with it.
      return SKIP;
    });
  };
}

function isTable(node: RootContent): boolean {
  if (node.type === 'element') return node.tagName === 'table';
  return (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name === 'table';
}

/**
 * The wrapper when renderMdx is given no component map of its own (tests, tools):
 * it scrolls and can be focused, but has no localized name.
 */
export function PlainTableScroll({ children }: { number?: string; children?: ReactNode }) {
  return createElement('div', { className: 'table-scroll', role: 'region', tabIndex: 0 }, children);
}
