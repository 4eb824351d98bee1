import { normalizeFlowchart } from './flowchart';
import { checkSequence } from './sequence';
import { MermaidSourceError, type SourceLine } from './source-line';

export { MermaidSourceError };

/** What beautiful-mermaid is given, and the text alternative the author wrote, if any. */
export type MermaidSource = {
  kind: 'flowchart' | 'sequence';
  /** The diagram in the form beautiful-mermaid reads correctly. */
  text: string;
  /** Mermaid's `accTitle: ...`. */
  title?: string;
  /** Mermaid's `accDescr: ...` or `accDescr { ... }`. */
  description?: string;
};

const SUPPORTED = 'flowcharts (flowchart LR, graph TD, ...) and sequence diagrams (sequenceDiagram)';

/**
 * Reads a ```mermaid block strictly. beautiful-mermaid's own parser skips or
 * misreads lines it does not understand (`A-->B` without spaces becomes one
 * node named "A--"; a subgraph titled in Chinese gets an empty id and its
 * edges are drawn in the wrong place), so a diagram would silently lose parts.
 * Here every line must be understood, or the build fails naming it; flowcharts
 * are rewritten into the spelling the library reads correctly.
 */
export function readMermaid(code: string): MermaidSource {
  const lines: SourceLine[] = [];
  let title: string | undefined;
  let description: string | undefined;
  const all = code.split('\n');
  for (let index = 0; index < all.length; index++) {
    const text = all[index].trim();
    const number = index + 1;
    // Blank lines and %% comments (including %%{init: ...}%% settings, which a drawing in the site's colours ignores).
    if (!text || text.startsWith('%%')) continue;
    const accTitle = /^accTitle\s*:\s*(.*)$/.exec(text);
    if (accTitle) {
      title = required(accTitle[1], number, 'accTitle');
      continue;
    }
    const accDescr = /^accDescr\s*(?::\s*(.*)|\{\s*(.*))$/.exec(text);
    if (accDescr) {
      if (accDescr[1] !== undefined) {
        description = required(accDescr[1], number, 'accDescr');
        continue;
      }
      // accDescr { ... } over several lines, closed by a line ending in }.
      const block = [accDescr[2]];
      while (!block.at(-1)!.endsWith('}')) {
        index++;
        if (index >= all.length) throw new MermaidSourceError(number, 'accDescr { has no closing }');
        block.push(all[index].trim());
      }
      description = required(block.join(' ').slice(0, -1).trim(), number, 'accDescr');
      continue;
    }
    lines.push({ number, text });
  }

  const header = lines[0];
  if (!header) throw new MermaidSourceError(1, 'the diagram is empty');
  if (header.text === '---') {
    throw new MermaidSourceError(header.number, 'front matter (--- ... ---) is not supported; name the diagram with title="..." after ```mermaid, or accTitle:');
  }
  const flowchart = /^(?:graph|flowchart)(?:\s+(TD|TB|LR|BT|RL))?\s*;?$/.exec(header.text);
  if (flowchart) {
    // Mermaid's default direction is top to bottom; the library wants it written.
    const text = normalizeFlowchart(`flowchart ${flowchart[1] ?? 'TD'}`, lines.slice(1));
    return { kind: 'flowchart', text, title, description };
  }
  if (/^sequenceDiagram\s*;?$/.test(header.text)) {
    checkSequence(lines.slice(1));
    return { kind: 'sequence', text: ['sequenceDiagram', ...lines.slice(1).map((line) => line.text)].join('\n'), title, description };
  }
  const kind = /^[\w-]+/.exec(header.text)?.[0] ?? header.text;
  throw new MermaidSourceError(header.number, `"${kind}" diagrams are not supported; a post may draw ${SUPPORTED}`);
}

function required(value: string, line: number, what: string): string {
  const text = value.trim();
  if (!text) throw new MermaidSourceError(line, `${what} needs a text`);
  return text;
}
