import type { Element, ElementContent, Root } from 'hast';
import { visit } from 'unist-util-visit';

/** What ends a task's own text: a nested list or another block inside the item. */
const BLOCKS = new Set(['ul', 'ol', 'p', 'div', 'pre', 'blockquote', 'table', 'figure']);

const isCheckbox = (node: ElementContent | undefined): node is Element =>
  node?.type === 'element' && node.tagName === 'input' && node.properties.type === 'checkbox';

/**
 * A GitHub task list item (`- [x] done`) is a checkbox followed by its text,
 * and a checkbox without a label is announced as just "checkbox". Each one is
 * put, with the text after it, in a <label>, so it is named by that text.
 */
export default function rehypeLabelTaskItems() {
  return (tree: Root) => {
    visit(tree, 'element', (item) => {
      const classes = item.properties.className;
      if (!Array.isArray(classes) || !classes.includes('task-list-item')) return;
      // In a loose list the checkbox opens the item's first paragraph.
      const first = item.children.find((child) => child.type === 'element');
      const holder = first?.type === 'element' && first.tagName === 'p' ? first : item;
      const start = holder.children.findIndex(isCheckbox);
      if (start === -1) return;
      let end = start + 1;
      while (end < holder.children.length && !isBlock(holder.children[end])) end++;
      const label: Element = { type: 'element', tagName: 'label', properties: {}, children: holder.children.slice(start, end) };
      holder.children.splice(start, end - start, label);
    });
  };
}

function isBlock(node: ElementContent): boolean {
  return node.type === 'element' && BLOCKS.has(node.tagName);
}
