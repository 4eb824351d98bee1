/** A line of a post's source, with its line number in the file (blocks keep the number of the line they came from). */
export type Line = { text: string; line: number };

export function indentOf(text: string): number {
  return text.length - text.trimStart().length;
}

/** The lines after a marker that are blank or indented past it, dedented; trailing blanks stay outside. */
export function indentedBody(lines: Line[], start: number, markerIndent: number): { lines: Line[]; end: number } {
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

/** The index of the last line before the next blank one. */
export function blankAfter(lines: Line[], start: number): number {
  let i = start;
  while (i + 1 < lines.length && lines[i + 1].text.trim()) i++;
  return i;
}
