import type { BlockWriter } from './blocks';
import { indentedBody, indentOf, type Line } from './source-lines';

/** A definition of def_list: `:` and one to three spaces, after its term's line. */
export const DEFINITION = /^:[ \t]{1,3}(\S.*)$/;

/**
 * A definition list (Python-Markdown's def_list): the lines of text just
 * written (a blank line between them and the first `:` is allowed) are its
 * terms, each `:   text` with the lines indented under it a definition. It
 * becomes <dl> with a <dt> per term and a <dd> per definition, whose content
 * is Markdown. Returns the index of the first line after it, or null when no
 * term precedes the `:` (the line is then text).
 */
export function definitionList(lines: Line[], start: number, out: Line[], writer: BlockWriter): number | null {
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
  for (const term of terms) writer.emit(parts, { kind: 'html', tag: 'dt', attributes: {}, line: term.line }, [{ ...term, text: term.text.trim() }], 0, term.line);
  for (const definition of definitions) writer.emit(parts, { kind: 'html', tag: 'dd', attributes: {}, line: definition[0].line }, writer.rewrite(definition), 0, definition[0].line);
  writer.emit(out, { kind: 'html', tag: 'dl', attributes: {}, line: terms[0].line }, parts, indent, terms[0].line);
  return next;
}

/** A line of plain text at the list's indent: not blank, and not a heading, quote, list item, table row, HTML or code. */
function isTermLine(text: string, indent: number): boolean {
  const trimmed = text.trim();
  return !!trimmed && indentOf(text) === indent && !/^(?:#{1,6}\s|>|[-*+]\s|\d+[.)]\s|\||<|`{3}|~{3})/.test(trimmed);
}
