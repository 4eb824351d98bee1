import type { Root, Text } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import { isFullwidthPunctuation, isWide, joinCjkLines } from '@/lib/content/cjk';

const LEADING_BREAK = /^[ \t]*\r?\n[ \t]*/;
const TRAILING_BREAK = /[ \t]*\r?\n[ \t]*$/;

/**
 * Drops soft line breaks between CJK characters, inside a text node and across
 * inline boundaries (`[链接](...)` + newline + `中文`), so a Chinese paragraph
 * written over several lines renders without stray spaces.
 */
export default function remarkCjkLineBreaks() {
  return (tree: Root) => {
    visit(tree, 'text', (node: Text, index, parent) => {
      let value = joinCjkLines(node.value);
      if (parent && index !== undefined) {
        const previous = index > 0 ? lastChar(toString(parent.children[index - 1])) : '';
        const next = toString(parent.children[index + 1] ?? { type: 'text', value: '' }).charAt(0);
        const leading = LEADING_BREAK.exec(value);
        if (leading && (isFullwidthPunctuation(previous) || (isWide(previous) && isWide(value.charAt(leading[0].length))))) {
          value = value.slice(leading[0].length);
        }
        const trailing = TRAILING_BREAK.exec(value);
        const before = lastChar(value.slice(0, trailing?.index));
        if (trailing && (isFullwidthPunctuation(before) || (isWide(next) && isWide(before)))) {
          value = value.slice(0, trailing.index);
        }
      }
      node.value = value;
    });
  };
}

function lastChar(text: string): string {
  return Array.from(text).at(-1) ?? '';
}
