import type { Root } from 'hast';
import { toString } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';

export type Heading = { id: string; text: string; depth: 2 | 3 };

/**
 * Records h2/h3 headings with the ids rehype-slug gave them, for the table of
 * contents. Runs after rehype-slug and before the anchor links are appended.
 */
export default function rehypeCollectHeadings({ into }: { into: Heading[] }) {
  return (tree: Root) => {
    visit(tree, 'element', (node) => {
      if ((node.tagName === 'h2' || node.tagName === 'h3') && typeof node.properties.id === 'string') {
        into.push({ id: node.properties.id, text: toString(node).trim(), depth: node.tagName === 'h2' ? 2 : 3 });
      }
    });
  };
}
