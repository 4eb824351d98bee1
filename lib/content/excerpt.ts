import type { Root } from 'mdast';
import { displayWidth, isWide } from './cjk';
import { textOf } from './plain-text';

/** Display width budget: a CJK character counts 2, anything else 1. */
export const EXCERPT_WIDTH = 220;

/** The opening paragraphs of a post, cut at about EXCERPT_WIDTH columns. */
export function excerptOf(tree: Root, maxWidth = EXCERPT_WIDTH): string {
  let text = '';
  for (const node of tree.children) {
    if (node.type !== 'paragraph') continue;
    const paragraph = textOf(node);
    if (!paragraph) continue;
    text = text ? `${text} ${paragraph}` : paragraph;
    if (displayWidth(text) >= maxWidth) break;
  }
  return truncate(text, maxWidth);
}

function truncate(text: string, maxWidth: number): string {
  if (displayWidth(text) <= maxWidth) return text;
  let width = 0;
  let cut = 0;
  let lastSpace = -1;
  for (const char of text) {
    width += isWide(char) ? 2 : 1;
    if (width > maxWidth - 1) break;
    if (char === ' ') lastSpace = cut;
    cut += char.length;
  }
  // Latin text is cut at a word boundary; CJK text may be cut anywhere.
  const end = !isWide(text[cut] ?? '') && lastSpace > cut / 2 ? lastSpace : cut;
  return `${text.slice(0, end).replace(/[\s,，、;；:：]+$/u, '')}…`;
}
