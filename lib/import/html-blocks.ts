import type { BlockWriter } from './blocks';
import { blankAfter, indentOf, type Line } from './source-lines';

/** Elements whose start at the beginning of a line opens an HTML block in Python-Markdown. */
const BLOCK_TAGS = new Set([
  'address', 'article', 'aside', 'blockquote', 'center', 'details', 'dialog', 'div', 'dl', 'fieldset', 'figure', 'footer',
  'form', 'header', 'hr', 'iframe', 'main', 'nav', 'ol', 'p', 'pre', 'section', 'table', 'ul', 'video', 'audio', 'picture',
]);
const OPEN_TAG = /^<([a-zA-Z][a-zA-Z0-9-]*)((?:\s+[^\s=>/]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)\s*(\/?)>/;
const ATTRIBUTE = /([^\s=>/]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;

/** The start tag of an HTML block at the start of a (trimmed) line, if there is one. */
export function htmlBlockStart(trimmed: string): RegExpExecArray | null {
  const open = OPEN_TAG.exec(trimmed);
  return open && BLOCK_TAGS.has(open[1].toLowerCase()) ? open : null;
}

/**
 * An HTML block runs to the end tag matching its first tag. With a `markdown`
 * attribute its content is Markdown (Python-Markdown's md_in_html) and becomes
 * a placeholder block; otherwise it is raw HTML, joined into one HTML node.
 * Returns the index of the first line after the block.
 */
export function htmlBlock(
  lines: Line[],
  start: number,
  open: RegExpExecArray,
  out: Line[],
  writer: BlockWriter,
): number {
  const tag = open[1].toLowerCase();
  const indent = indentOf(lines[start].text);
  const end = matchingEnd(lines, start, tag, indent);
  const attributes = parseAttributes(open[2]);
  if (end === null) {
    writer.state.problems.push({ line: lines[start].line, message: `<${tag}> is never closed; read up to the next blank line` });
  }
  const last = end ?? blankAfter(lines, start);
  if ('markdown' in attributes && !open[3]) {
    const first = lines[start].text.slice(indent + open[0].length);
    const inner = lines.slice(start + 1, last);
    const closing = lines[last]?.text ?? '';
    const closeAt = closing.toLowerCase().lastIndexOf(`</${tag}>`);
    const before = closeAt > 0 ? closing.slice(0, closeAt) : '';
    const body = [
      ...(first.trim() ? [{ text: first.trim(), line: lines[start].line }] : []),
      ...inner,
      ...(before.trim() && last !== start ? [{ text: before, line: lines[last].line }] : []),
    ];
    const bodyIndent = Math.min(...body.filter((l) => l.text.trim()).map((l) => indentOf(l.text)), 1000);
    const dedented = body.map((l) => ({ ...l, text: l.text.slice(Math.min(bodyIndent, indentOf(l.text))) }));
    delete attributes.markdown;
    writer.emit(out, { kind: 'html', tag, attributes, line: lines[start].line }, writer.rewrite(dedented), indent, lines[start].line);
  } else {
    // One HTML node: blank lines inside would end it and turn indented lines into code.
    out.push({ text: '', line: lines[start].line });
    for (const htmlLine of lines.slice(start, last + 1)) if (htmlLine.text.trim()) out.push(htmlLine);
    out.push({ text: '', line: lines[last].line });
  }
  return last + 1;
}

function matchingEnd(lines: Line[], start: number, tag: string, indent: number): number | null {
  const tags = new RegExp(`<(/?)${tag}(?=[\\s>/])[^>]*?(/?)>`, 'gi');
  let depth = 0;
  for (let i = start; i < lines.length; i++) {
    if (i > start && lines[i].text.trim() && indentOf(lines[i].text) < indent) return null;
    for (const match of lines[i].text.matchAll(tags)) {
      if (match[2]) continue;
      depth += match[1] ? -1 : 1;
      if (depth === 0) return i;
    }
  }
  return null;
}

function parseAttributes(source: string): Record<string, string> {
  const attributes: Record<string, string> = {};
  for (const match of source.matchAll(ATTRIBUTE)) attributes[match[1].toLowerCase()] = match[2] ?? match[3] ?? match[4] ?? '';
  return attributes;
}
