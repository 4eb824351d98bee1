import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { escapeHeadingIds } from '@/lib/mdx/plugins/remark-heading-ids';
import { joinCjkLines } from './cjk';

const mdxParser = unified().use(remarkParse).use(remarkGfm).use(remarkMdx);
const markdownParser = unified().use(remarkParse).use(remarkGfm);

/**
 * The tree of a post body, used for text statistics (not for rendering): components
 * such as <Admonition> are elements with their content inside them. A body that is not
 * valid MDX is read as plain Markdown here; rendering it names the error.
 */
export function parseMarkdown(body: string): Root {
  try {
    // A heading's `{#id}` is no expression, as the compile step reads it.
    return mdxParser.parse(escapeHeadingIds(body));
  } catch {
    return markdownParser.parse(body);
  }
}

/** Readable text of a node: no markup, no HTML/JSX tags, CJK line breaks joined; images' alt text unless left out. */
export function textOf(node: Parameters<typeof toString>[0], { includeImageAlt = true } = {}): string {
  return joinCjkLines(toString(node, { includeHtml: false, includeImageAlt })).replace(/\s+/g, ' ').trim();
}
