import type { Paragraph, Root, RootContent } from 'mdast';
import { isByline } from './byline';
import { displayWidth, isWide, joinCjkLines } from './cjk';
import { textOf } from './plain-text';

/** Display width budget: a CJK character counts 2, anything else 1. */
export const EXCERPT_WIDTH = 220;

/**
 * The post's lead, cut at about EXCERPT_WIDTH columns: the first paragraphs of text and
 * those that follow them, figures aside. Whatever comes before them (a heading, a note)
 * is passed over; the next heading, list, code block or other component ends the lead,
 * so an excerpt never strings together lines from different parts of the post.
 */
export function excerptOf(tree: Root, maxWidth = EXCERPT_WIDTH): string {
  let text = '';
  for (const node of tree.children) {
    const paragraph = node.type === 'paragraph' && !onlyElements(node) ? textOf(node, { includeImageAlt: false }) : '';
    if (!text && isByline(paragraph)) continue;
    if (!paragraph) {
      if (text && !isFigure(node)) break;
      continue;
    }
    // Chinese paragraphs join without a space, as Chinese lines do.
    text = text ? joinCjkLines(`${text}\n${paragraph}`).replace('\n', ' ') : paragraph;
    if (displayWidth(text) >= maxWidth) break;
  }
  return truncate(text, maxWidth);
}

/** An image on its own, or a figure component (<Figure>, <ImageCompare>, <figure>). */
function isFigure(node: RootContent): boolean {
  if (node.type === 'mdxJsxFlowElement') return /^(Figure|ImageCompare|figure|img)$/.test(node.name ?? '');
  return node.type === 'paragraph' && node.children.every((child) => child.type === 'image' || (child.type === 'text' && !child.value.trim()));
}

/** A paragraph of components alone (a row of buttons, an icon) is not text to read. */
function onlyElements(paragraph: Paragraph): boolean {
  return paragraph.children.every((child) => child.type === 'mdxJsxTextElement' || (child.type === 'text' && !child.value.trim()));
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
