/**
 * mkdocs-material's block syntax is indentation-based (Python-Markdown):
 * `!!! note`, `??? note`, `=== "Tab"` and `<div markdown>` hold the indented
 * or enclosed lines that follow them, and may sit inside list items or each
 * other. CommonMark knows none of it, so before parsing, each such block is
 * rewritten into a pair of placeholder HTML lines around its (dedented) body:
 *
 *     <import-start id="3">
 *
 *     body
 *
 *     <import-end id="3">
 *
 * CommonMark reads each placeholder as an HTML node that is a sibling of the
 * body's nodes, at the block's own nesting level, so lib/import/containers.ts
 * can wrap the nodes between them. Raw HTML blocks are joined into one HTML
 * node, definition lists become <dl> blocks, and `*[ABBR]: text`
 * definitions are taken out.
 */

export type Block =
  | { kind: 'admonition'; type: string; title?: string; collapsible?: 'open' | 'closed'; line: number }
  | { kind: 'tab'; label: string; line: number }
  | { kind: 'html'; tag: string; attributes: Record<string, string>; line: number };

export type PreparedSource = {
  /** The rewritten Markdown. */
  text: string;
  /** Placeholder id -> the block it stands for. */
  blocks: Block[];
  abbreviations: Map<string, string>;
  /** Source line of a line of `text` (both 1-based). */
  sourceLine: (line: number) => number;
  /** Blocks that could not be read as the author meant, with their line. */
  problems: { line: number; message: string }[];
};

type Line = { text: string; line: number };

// A title in curly quotes (“...”), which mkdocs leaves as text, is read as the writer meant it, and reported.
const ADMONITION = /^(!!!|\?\?\?\+?)(?:[ \t]+([A-Za-z][\w-]*)((?:[ \t]+[A-Za-z][\w-]*)*))?(?:[ \t]+(?:"(.*)"|“(.*)”))?[ \t]*$/;
const TAB = /^===[+!]?[ \t]+(?:"(.*)"|“(.*)”)[ \t]*$/;
const ABBREVIATION = /^\*\[([^\]]+)\]:[ \t]*(.*)$/;
/** A definition of def_list: `:` and one to three spaces, after its term's line. */
const DEFINITION = /^:[ \t]{1,3}(\S.*)$/;
const FENCE = /^(`{3,}|~{3,})/;
/** Elements whose start at the beginning of a line opens an HTML block in Python-Markdown. */
const BLOCK_TAGS = new Set([
  'address', 'article', 'aside', 'blockquote', 'center', 'details', 'dialog', 'div', 'dl', 'fieldset', 'figure', 'footer',
  'form', 'header', 'hr', 'iframe', 'main', 'nav', 'ol', 'p', 'pre', 'section', 'table', 'ul', 'video', 'audio', 'picture',
]);
const OPEN_TAG = /^<([a-zA-Z][a-zA-Z0-9-]*)((?:\s+[^\s=>/]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)\s*(\/?)>/;
const ATTRIBUTE = /([^\s=>/]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;

export const placeholderStart = (id: number) => `<import-start id="${id}">`;
export const placeholderEnd = (id: number) => `<import-end id="${id}">`;
export const PLACEHOLDER = /^<import-(start|end) id="(\d+)">$/;

/** The text of a pymdownx.snippets file named in a post, or undefined when there is none. */
export type SnippetReader = (name: string) => string | undefined;

type State = Pick<PreparedSource, 'blocks' | 'abbreviations' | 'problems'> & { readSnippet?: SnippetReader; includes: number };

/** `--8<-- "file.md"`: a snippet's text goes here (`;--8<--` is the line itself, escaped). */
const SNIPPET = /^(;?)--8<--[ \t]+(["'])(.+?)\2[ \t]*$/;
/** Snippets may include snippets, this deep. */
const MAX_INCLUDES = 20;

export function prepareBlocks(source: string, firstLine = 1, readSnippet?: SnippetReader): PreparedSource {
  const state: State = { blocks: [], abbreviations: new Map(), problems: [], readSnippet, includes: 0 };
  const lines = source.split(/\r?\n/).map((text, index) => ({ text: text.replace(/\t/g, '    '), line: firstLine + index }));
  const out = rewrite(lines, state);
  return {
    blocks: state.blocks,
    abbreviations: state.abbreviations,
    problems: state.problems,
    text: out.map((line) => line.text).join('\n'),
    sourceLine: (line) => out[Math.min(Math.max(line, 1), out.length) - 1]?.line ?? firstLine,
  };
}

function rewrite(lines: Line[], state: State): Line[] {
  const out: Line[] = [];
  let fence: { marker: string; indent: number } | null = null;
  for (let i = 0; i < lines.length; i++) {
    const { text, line } = lines[i];
    const indent = indentOf(text);
    const trimmed = text.slice(indent);
    if (fence) {
      if (closesFence(trimmed, fence.marker)) fence = null;
      out.push(lines[i]);
      continue;
    }
    const fenceOpen = FENCE.exec(trimmed);
    if (fenceOpen) {
      fence = { marker: fenceOpen[1], indent };
      out.push(lines[i]);
      continue;
    }
    // CriticMarkup's substitution, whose `~~` Markdown would read as strikethrough, as the deletion and insertion it is (./critic.ts).
    if (trimmed.includes('{~~')) lines[i] = { line, text: text.replace(/\{~~(.*?)~>(.*?)~~\}/g, '{--$1--}{++$2++}') };
    const snippet = SNIPPET.exec(trimmed);
    if (snippet) {
      out.push(...snippetLines(snippet, lines[i], indent, state));
      continue;
    }
    const abbreviation = ABBREVIATION.exec(trimmed);
    if (abbreviation) {
      state.abbreviations.set(abbreviation[1].trim(), abbreviation[2].trim());
      continue;
    }
    const admonition = ADMONITION.exec(trimmed);
    const tab = admonition ? null : TAB.exec(trimmed);
    if (admonition || tab) {
      if ((admonition ?? tab)!.some((group, index) => index > 0 && group !== undefined && trimmed.includes(`“${group}”`))) {
        state.problems.push({ line, message: `${trimmed.slice(0, 40)}: a title in curly quotes, which mkdocs shows as text; read as meant` });
      }
      const body = indentedBody(lines, i + 1, indent);
      const block: Block = admonition
        ? {
            kind: 'admonition',
            type: admonition[2]?.toLowerCase() ?? 'note',
            title: admonition[4] ?? admonition[5],
            collapsible: admonition[1] === '!!!' ? undefined : admonition[1] === '???+' ? 'open' : 'closed',
            line,
          }
        : { kind: 'tab', label: tab![1] ?? tab![2], line };
      emitBlock(out, block, rewrite(body.lines, state), indent, line, state);
      i = body.end - 1;
      continue;
    }
    if (DEFINITION.test(trimmed)) {
      const end = definitionList(lines, i, out, state);
      if (end !== null) {
        i = end - 1;
        continue;
      }
    }
    const html = OPEN_TAG.exec(trimmed);
    if (html && BLOCK_TAGS.has(html[1].toLowerCase())) {
      i = htmlBlock(lines, i, html, out, state) - 1;
      continue;
    }
    out.push(lines[i]);
  }
  return out;
}

/** The lines a snippet marker stands for: the snippet's own, at the marker's line and indent, read as the post is. */
function snippetLines([, escaped, , name]: RegExpExecArray, marker: Line, indent: number, state: State): Line[] {
  if (escaped) return [{ ...marker, text: marker.text.replace(';--8<--', '--8<--') }];
  const text = state.includes < MAX_INCLUDES ? state.readSnippet?.(name) : undefined;
  if (text === undefined) {
    state.problems.push({ line: marker.line, message: `snippet "${name}" (--8<--) was not found or nests too deep; left out` });
    return [];
  }
  state.includes++;
  const pad = ' '.repeat(indent);
  const included = rewrite(text.split(/\r?\n/).map((lineText) => ({ text: lineText.trim() ? pad + lineText.replace(/\t/g, '    ') : '', line: marker.line })), state);
  state.includes--;
  return included;
}

/** The lines after a marker that are blank or indented past it, dedented; trailing blanks stay outside. */
function indentedBody(lines: Line[], start: number, markerIndent: number): { lines: Line[]; end: number } {
  let end = start;
  let lastText = start;
  while (end < lines.length) {
    const text = lines[end].text;
    if (text.trim() === '') {
      end++;
      continue;
    }
    if (indentOf(text) < markerIndent + 4) break;
    end++;
    lastText = end;
  }
  const body = lines.slice(start, lastText);
  const bodyIndent = Math.min(...body.filter((l) => l.text.trim()).map((l) => indentOf(l.text)));
  return { lines: body.map((l) => ({ ...l, text: l.text.slice(Math.min(bodyIndent, indentOf(l.text))) })), end: lastText };
}

function emitBlock(
  out: Line[],
  block: Block,
  body: Line[],
  indent: number,
  line: number,
  state: State,
) {
  const id = state.blocks.push(block) - 1;
  const pad = ' '.repeat(indent);
  out.push({ text: '', line }, { text: pad + placeholderStart(id), line }, { text: '', line });
  for (const bodyLine of body) out.push({ ...bodyLine, text: bodyLine.text.trim() ? pad + bodyLine.text : '' });
  const endLine = body.at(-1)?.line ?? line;
  out.push({ text: '', line: endLine }, { text: pad + placeholderEnd(id), line: endLine }, { text: '', line: endLine });
}

/**
 * A definition list (Python-Markdown's def_list): the lines of text just
 * written (a blank line between them and the first `:` is allowed) are its
 * terms, each `:   text` with the lines indented under it a definition. It
 * becomes <dl> with a <dt> per term and a <dd> per definition, whose content
 * is Markdown. Returns the index of the first line after it, or null when no
 * term precedes the `:` (the line is then text).
 */
function definitionList(lines: Line[], start: number, out: Line[], state: State): number | null {
  const indent = indentOf(lines[start].text);
  let termEnd = out.length;
  if (termEnd > 0 && !out[termEnd - 1].text.trim()) termEnd--;
  let termStart = termEnd;
  while (termStart > 0 && isTermLine(out[termStart - 1].text, indent)) termStart--;
  if (termStart === termEnd) return null;
  const terms = out.splice(termStart).filter((line) => line.text.trim());
  const definitions: Line[][] = [];
  let next = start;
  while (next < lines.length) {
    const definition = DEFINITION.exec(lines[next].text.slice(indent));
    if (!definition || indentOf(lines[next].text) !== indent) break;
    const body = indentedBody(lines, next + 1, indent);
    definitions.push([{ text: definition[1], line: lines[next].line }, ...body.lines]);
    next = body.end;
    let after = next;
    while (after < lines.length && !lines[after].text.trim()) after++;
    if (after < lines.length && DEFINITION.test(lines[after].text.slice(indent)) && indentOf(lines[after].text) === indent) next = after;
  }
  const parts: Line[] = [];
  for (const term of terms) emitBlock(parts, { kind: 'html', tag: 'dt', attributes: {}, line: term.line }, [{ ...term, text: term.text.trim() }], 0, term.line, state);
  for (const definition of definitions) emitBlock(parts, { kind: 'html', tag: 'dd', attributes: {}, line: definition[0].line }, rewrite(definition, state), 0, definition[0].line, state);
  emitBlock(out, { kind: 'html', tag: 'dl', attributes: {}, line: terms[0].line }, parts, indent, terms[0].line, state);
  return next;
}

/** A line of plain text at the list's indent: not blank, and not a heading, quote, list item, table row, HTML or code. */
function isTermLine(text: string, indent: number): boolean {
  const trimmed = text.trim();
  return !!trimmed && indentOf(text) === indent && !/^(?:#{1,6}\s|>|[-*+]\s|\d+[.)]\s|\||<|`{3}|~{3})/.test(trimmed);
}

/**
 * An HTML block runs to the end tag matching its first tag. With a `markdown`
 * attribute its content is Markdown (Python-Markdown's md_in_html) and becomes
 * a placeholder block; otherwise it is raw HTML, joined into one HTML node.
 * Returns the index of the first line after the block.
 */
function htmlBlock(
  lines: Line[],
  start: number,
  open: RegExpExecArray,
  out: Line[],
  state: State,
): number {
  const tag = open[1].toLowerCase();
  const indent = indentOf(lines[start].text);
  const end = matchingEnd(lines, start, tag, indent);
  const attributes = parseAttributes(open[2]);
  if (end === null) {
    state.problems.push({ line: lines[start].line, message: `<${tag}> is never closed; read up to the next blank line` });
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
    emitBlock(out, { kind: 'html', tag, attributes, line: lines[start].line }, rewrite(dedented, state), indent, lines[start].line, state);
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

function blankAfter(lines: Line[], start: number): number {
  let i = start;
  while (i + 1 < lines.length && lines[i + 1].text.trim()) i++;
  return i;
}

export function parseAttributes(source: string): Record<string, string> {
  const attributes: Record<string, string> = {};
  for (const match of source.matchAll(ATTRIBUTE)) attributes[match[1].toLowerCase()] = match[2] ?? match[3] ?? match[4] ?? '';
  return attributes;
}

function closesFence(trimmed: string, marker: string): boolean {
  const close = FENCE.exec(trimmed);
  return !!close && close[1][0] === marker[0] && close[1].length >= marker.length && trimmed.slice(close[1].length).trim() === '';
}

function indentOf(text: string): number {
  return text.length - text.trimStart().length;
}
