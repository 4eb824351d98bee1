import type { Nodes } from 'mdast';
import type { Post } from '@/lib/content/posts';
import { parseMarkdown, textOf } from '@/lib/content/plain-text';
import type { SearchDoc } from './index-format';

/** Blocks whose text is read as a unit; containers (lists, quotes, tables) are walked into. */
const LEAF_BLOCKS = new Set(['paragraph', 'heading', 'tableCell']);

/**
 * The searchable text of a post: its title, its headings and its
 * body as plain text, one space between blocks so words of adjacent blocks do
 * not run together. Raw HTML/JSX blocks (figures, badges) are left out, as
 * in the reading time and excerpt.
 */
export function searchDocOf(post: Post): SearchDoc {
  const headings: string[] = [];
  const blocks: string[] = [];
  const walk = (node: Nodes) => {
    if (node.type === 'code') {
      blocks.push(node.value);
    } else if (LEAF_BLOCKS.has(node.type)) {
      const text = textOf(node);
      if (node.type === 'heading') headings.push(text);
      if (text) blocks.push(text);
    } else if ('children' in node) {
      node.children.forEach(walk);
    }
  };
  walk(parseMarkdown(post.body));
  return { title: post.title, url: `/${post.locale}/blogs/${post.slug}`, headings, text: blocks.join(' ') };
}
