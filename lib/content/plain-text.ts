import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { joinCjkLines } from './cjk';

const parser = unified().use(remarkParse).use(remarkGfm);

/** The markdown tree of a post body, used for text statistics (not for rendering). */
export function parseMarkdown(body: string): Root {
  return parser.parse(body);
}

/** Readable text of a node: no markup, no HTML/JSX tags, CJK line breaks joined; images' alt text unless left out. */
export function textOf(node: Parameters<typeof toString>[0], { includeImageAlt = true } = {}): string {
  return joinCjkLines(toString(node, { includeHtml: false, includeImageAlt })).replace(/\s+/g, ' ').trim();
}
