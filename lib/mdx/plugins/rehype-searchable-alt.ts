import type { Root } from 'hast';
import { visit } from 'unist-util-visit';

/**
 * Marks every Markdown image so that search indexes its alt text
 * (scripts/search-index.mjs; Pagefind reads only the text of elements
 * unless told which attributes to index). Figure and ImageCompare mark
 * their own images.
 */
export default function rehypeSearchableAlt() {
  return (tree: Root) => {
    visit(tree, 'element', (node) => {
      if (node.tagName === 'img' && node.properties.alt) node.properties.dataPagefindIndexAttrs = 'alt';
    });
  };
}
