import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';

/** `{#id}` at the end of a heading: the id it keeps, however its text changes (Docusaurus and Python-Markdown write it so). */
const TRAILING_ID = /[ \t]*\{#([\p{L}\p{N}_-][\p{L}\p{N}_.:-]*)\}[ \t]*$/u;
// MDX has no indented code, so headings and fences may be indented any amount (inside components).
const FENCE = /^[ \t]*(`{3,}|~{3,})/;

/**
 * MDX would read `{#id}` as a JavaScript expression, so before compiling, the
 * braces of one at the end of a heading line (outside code fences) are escaped;
 * the line count stays the same, so errors still name the right line.
 */
export function escapeHeadingIds(source: string): string {
  let fence: string | undefined;
  return source
    .split('\n')
    .map((line) => {
      const marker = FENCE.exec(line)?.[1];
      if (marker && (!fence || (marker[0] === fence[0] && marker.length >= fence.length))) {
        fence = fence ? undefined : marker;
        return line;
      }
      if (fence || !/^[ \t]*#{1,6}[ \t]/.test(line)) return line;
      return line.replace(/(?<!\\)\{(#[^{}]*\})[ \t]*$/, '\\{$1');
    })
    .join('\n');
}

/** The heading's `{#id}`, taken off its text and given to it as its id (rehype-slug leaves an id it finds). */
export default function remarkHeadingIds() {
  return (tree: Root) => {
    visit(tree, 'heading', (heading) => {
      const last = heading.children.at(-1);
      if (last?.type !== 'text') return;
      const match = TRAILING_ID.exec(last.value);
      if (!match) return;
      last.value = last.value.slice(0, match.index);
      heading.data = { ...heading.data, hProperties: { ...heading.data?.hProperties, id: match[1] } };
    });
  };
}
