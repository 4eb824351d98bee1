import { DEFINITION, definitionList } from './definition-lists';
import { htmlBlock, htmlBlockStart } from './html-blocks';
import { SNIPPET, snippetLines, type SnippetReader } from './snippets';
import { indentedBody, indentOf, type Line } from './source-lines';

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
 * node (./html-blocks.ts), definition lists become <dl> blocks
 * (./definition-lists.ts), snippets are put in (./snippets.ts), and
 * `*[ABBR]: text` definitions are taken out.
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

/** What the readers of a block kind (./html-blocks.ts, ./definition-lists.ts, ./snippets.ts) use to write their blocks. */
export type BlockWriter = {
  state: Pick<PreparedSource, 'blocks' | 'abbreviations' | 'problems'> & { readSnippet?: SnippetReader; includes: number };
  /** The lines of a block's body, rewritten as the post's own are. */
  rewrite: (lines: Line[]) => Line[];
  /** Writes `block` to `out`: its placeholders at `indent` around `body`. */
  emit: (out: Line[], block: Block, body: Line[], indent: number, line: number) => void;
};

// A title in curly quotes (“...”), which mkdocs leaves as text, is read as the writer meant it, and reported.
const ADMONITION = /^(!!!|\?\?\?\+?)(?:[ \t]+([A-Za-z][\w-]*)((?:[ \t]+[A-Za-z][\w-]*)*))?(?:[ \t]+(?:"(.*)"|“(.*)”))?[ \t]*$/;
const TAB = /^===[+!]?[ \t]+(?:"(.*)"|“(.*)”)[ \t]*$/;
const ABBREVIATION = /^\*\[([^\]]+)\]:[ \t]*(.*)$/;
const FENCE = /^(`{3,}|~{3,})/;

export const placeholderStart = (id: number) => `<import-start id="${id}">`;
export const placeholderEnd = (id: number) => `<import-end id="${id}">`;
export const PLACEHOLDER = /^<import-(start|end) id="(\d+)">$/;

export function prepareBlocks(source: string, firstLine = 1, readSnippet?: SnippetReader): PreparedSource {
  const writer: BlockWriter = {
    state: { blocks: [], abbreviations: new Map(), problems: [], readSnippet, includes: 0 },
    rewrite: (lines) => rewrite(lines, writer),
    emit: (out, block, body, indent, line) => emitBlock(out, block, body, indent, line, writer),
  };
  const lines = source.split(/\r?\n/).map((text, index) => ({ text: text.replace(/\t/g, '    '), line: firstLine + index }));
  const out = rewrite(lines, writer);
  const { blocks, abbreviations, problems } = writer.state;
  return {
    blocks,
    abbreviations,
    problems,
    text: out.map((line) => line.text).join('\n'),
    sourceLine: (line) => out[Math.min(Math.max(line, 1), out.length) - 1]?.line ?? firstLine,
  };
}

function rewrite(lines: Line[], writer: BlockWriter): Line[] {
  const { state } = writer;
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
      out.push(...snippetLines(snippet, lines[i], indent, writer));
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
      writer.emit(out, block, rewrite(body.lines, writer), indent, line);
      i = body.end - 1;
      continue;
    }
    if (DEFINITION.test(trimmed)) {
      const end = definitionList(lines, i, out, writer);
      if (end !== null) {
        i = end - 1;
        continue;
      }
    }
    const html = htmlBlockStart(trimmed);
    if (html) {
      i = htmlBlock(lines, i, html, out, writer) - 1;
      continue;
    }
    out.push(lines[i]);
  }
  return out;
}

function emitBlock(
  out: Line[],
  block: Block,
  body: Line[],
  indent: number,
  line: number,
  { state }: BlockWriter,
) {
  const id = state.blocks.push(block) - 1;
  const pad = ' '.repeat(indent);
  out.push({ text: '', line }, { text: pad + placeholderStart(id), line }, { text: '', line });
  for (const bodyLine of body) out.push({ ...bodyLine, text: bodyLine.text.trim() ? pad + bodyLine.text : '' });
  const endLine = body.at(-1)?.line ?? line;
  out.push({ text: '', line: endLine }, { text: pad + placeholderEnd(id), line: endLine }, { text: '', line: endLine });
}

function closesFence(trimmed: string, marker: string): boolean {
  const close = FENCE.exec(trimmed);
  return !!close && close[1][0] === marker[0] && close[1].length >= marker.length && trimmed.slice(close[1].length).trim() === '';
}
