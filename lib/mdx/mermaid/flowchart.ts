import { MermaidSourceError, type SourceLine } from './source-line';

type Shape = { open: string; close: string; label: string };
type NodeRef = { id: string; shape?: Shape; className?: string };
/** Node groups (`A & B`) and the arrows between them, alternating. */
type Statement = { groups: NodeRef[][]; arrows: string[] };
type Item =
  | { kind: 'text'; text: string }
  | { kind: 'statement'; statement: Statement }
  | { kind: 'subgraph'; id: string; label: string }
  | { kind: 'ids'; keyword: 'class' | 'style'; ids: string[]; rest: string };

/** Node shapes in the order beautiful-mermaid tries them (NODE_PATTERNS in its src/parser.ts). */
const SHAPES: [open: string, close: string][] = [
  ['(((', ')))'],
  ['([', '])'],
  ['((', '))'],
  ['[[', ']]'],
  ['[(', ')]'],
  ['[/', '\\]'],
  ['[\\', '/]'],
  ['>', ']'],
  ['{{', '}}'],
  ['[', ']'],
  ['(', ')'],
  ['{', '}'],
];

/** Arrows as the library spells them; longer ones (`--->`) are drawn like the short ones. */
const ARROWS: [RegExp, string][] = [
  [/^<-{2,}>/, '<-->'],
  [/^<-\.+->/, '<-.->'],
  [/^<={2,}>/, '<==>'],
  [/^-{2,}>/, '-->'],
  [/^-\.+->/, '-.->'],
  [/^={2,}>/, '==>'],
  [/^-{3,}/, '---'],
  [/^-\.+-/, '-.-'],
  [/^={3,}/, '==='],
];
/** `-- text -->`, `-. text .->`, `== text ==>` (and their lines without a head). */
const TEXT_ARROW = /^(<)?(--|-\.|==)\s*(.+?)\s*(-{2,}>|-{3,}|\.-*->|\.-+|={2,}>|={3,})/;
const TEXT_ARROW_OPERATOR: Record<string, (close: string) => string | undefined> = {
  '--': (close) => (close.startsWith('-') ? (close.endsWith('>') ? '-->' : '---') : undefined),
  '-.': (close) => (close.startsWith('.') ? (close.endsWith('>') ? '-.->' : '-.-') : undefined),
  '==': (close) => (close.startsWith('=') ? (close.endsWith('>') ? '==>' : '===') : undefined),
};

/** Ids as written: letters of any script, digits, _ and inner hyphens (`us-east`, `开发者`). */
const ID = /[\p{L}\p{N}_]+(?:-[\p{L}\p{N}_]+)*/uy;
/** Ids the library reads as they are; others are renamed. */
const LIBRARY_ID = /^[A-Za-z0-9_]+(?:-[A-Za-z0-9_]+)*$/;

/**
 * Checks a flowchart line by line and writes it out in the spelling
 * beautiful-mermaid reads correctly: spaces around arrows, ASCII ids (a node
 * `开发者` becomes `_1[开发者]`), labels in pipes (`-->|yes|`), and each
 * node's label on its first mention (Mermaid lets a later line label a node,
 * the library keeps the first).
 */
export function normalizeFlowchart(header: string, lines: SourceLine[]): string {
  const items: Item[] = [];
  const open: SourceLine[] = [];
  const subgraphIds = new Set<string>();
  for (const line of lines) {
    const text = line.text.replace(/;$/, '').trim();
    const fail = (message: string): never => {
      throw new MermaidSourceError(line.number, message);
    };
    if (/^(?:classDef|linkStyle)\b/.test(text)) {
      if (!/^classDef\s+\w+\s+\S/.test(text) && !/^linkStyle\s+(?:default|[\d,\s]+)\s+\S/.test(text)) fail(`cannot read "${text}"`);
      items.push({ kind: 'text', text });
    } else if (/^(?:class|style)\s/.test(text)) {
      const match = /^(class|style)\s+(\S+)\s+(.+)$/.exec(text) ?? fail(`cannot read "${text}"`);
      items.push({ kind: 'ids', keyword: match[1] as 'class' | 'style', ids: match[2].split(','), rest: match[3] });
    } else if (/^direction\s/.test(text)) {
      if (!open.length) fail('"direction" may stand only inside a subgraph (the diagram\'s direction is on its first line)');
      if (!/^direction\s+(?:TD|TB|LR|BT|RL)$/.test(text)) fail(`expected direction TD, TB, LR, BT or RL, not "${text}"`);
      items.push({ kind: 'text', text });
    } else if (/^subgraph(?:\s|$)/.test(text)) {
      const rest = text.slice('subgraph'.length).trim() || fail('a subgraph needs a title: subgraph Title, or subgraph id [Title]');
      const named = /^([\p{L}\p{N}_-]+)\s*\[(.+)\]$/u.exec(rest);
      const id = named ? named[1] : rest;
      subgraphIds.add(id);
      items.push({ kind: 'subgraph', id, label: named ? named[2] : rest });
      open.push(line);
    } else if (text === 'end') {
      if (!open.pop()) fail('"end" without a subgraph to close');
      items.push({ kind: 'text', text });
    } else if (/^click\s/.test(text)) {
      fail('"click" is not supported: the diagram is drawn as a picture, without links or scripts');
    } else {
      items.push({ kind: 'statement', statement: readStatement(text, fail) });
    }
  }
  const unclosed = open.pop();
  if (unclosed) throw new MermaidSourceError(unclosed.number, 'this subgraph is never closed with "end"');
  return [header, ...write(items, subgraphIds)].join('\n');
}

function readStatement(text: string, fail: (message: string) => never): Statement {
  let position = 0;
  const skipSpace = () => {
    while (/\s/.test(text[position] ?? '')) position++;
  };
  const readGroup = (): NodeRef[] => {
    const group = [readNode()];
    skipSpace();
    while (text[position] === '&') {
      position++;
      skipSpace();
      group.push(readNode());
      skipSpace();
    }
    return group;
  };
  const readNode = (): NodeRef => {
    ID.lastIndex = position;
    const id = ID.exec(text)?.[0];
    if (!id) fail(`expected a node id at "${text.slice(position)}"`);
    position += id!.length;
    const node: NodeRef = { id: id! };
    for (const [openWith, close] of SHAPES) {
      if (!text.startsWith(openWith, position)) continue;
      const start = position + openWith.length;
      // A quoted label may contain the closing bracket in Mermaid, but not for the library.
      const end = text[start] === '"' ? text.indexOf(`"${close}`, start + 1) + 1 : text.indexOf(close, start);
      if (end <= start) continue;
      const label = text.slice(start, end);
      if (label.includes(close) || !label.replace(/^"|"$/g, '').trim()) fail(`cannot read the label of node ${id} in "${text}"`);
      node.shape = { open: openWith, close, label };
      position = end + close.length;
      break;
    }
    const className = /^:::([A-Za-z_][\w-]*)/.exec(text.slice(position));
    if (className) {
      node.className = className[1];
      position += className[0].length;
    }
    return node;
  };
  const readArrow = (): string => {
    const rest = text.slice(position);
    for (const [pattern, operator] of ARROWS) {
      const match = pattern.exec(rest);
      if (!match) continue;
      position += match[0].length;
      const label = /^\s*\|([^|]*)\|/.exec(text.slice(position));
      if (!label) return operator;
      position += label[0].length;
      return `${operator}|${label[1].trim()}|`;
    }
    const textArrow = TEXT_ARROW.exec(rest);
    const operator = textArrow && TEXT_ARROW_OPERATOR[textArrow[2]](textArrow[4]);
    if (textArrow && operator) {
      if (textArrow[3].includes('|')) fail(`an edge label may not contain "|": "${textArrow[3]}"`);
      position += textArrow[0].length;
      return `${textArrow[1] ?? ''}${operator}|${textArrow[3]}|`;
    }
    if (/^(?:[ox<])?(?:-{2,}|={2,}|-\.+-)[ox](?![\p{L}\p{N}_])/u.test(rest)) {
      fail(`circle and cross edge ends (--o, --x) are not supported; use --> or --- in "${text}"`);
    }
    return fail(`cannot read "${rest}" in "${text}" (expected an arrow such as -->, -.-> or ==>, with spaces or a node id on each side)`);
  };

  const statement: Statement = { groups: [readGroup()], arrows: [] };
  skipSpace();
  while (position < text.length) {
    statement.arrows.push(readArrow());
    skipSpace();
    statement.groups.push(readGroup());
    skipSpace();
  }
  return statement;
}

/** The lines for the library: ids renamed where needed, each node's (last) label on its first mention. */
function write(items: Item[], subgraphIds: Set<string>): string[] {
  const written = new Set<string>();
  const labels = new Map<string, Shape>();
  const taken = new Set(subgraphIds);
  for (const item of items) {
    if (item.kind !== 'statement') continue;
    for (const node of item.statement.groups.flat()) {
      taken.add(node.id);
      if (node.shape) labels.set(node.id, node.shape);
    }
  }
  const renamed = new Map<string, string>();
  const rename = (id: string): string => {
    if (LIBRARY_ID.test(id)) return id;
    let name = renamed.get(id);
    if (!name) {
      let n = renamed.size + 1;
      while (taken.has(`_${n}`)) n++;
      name = `_${n}`;
      renamed.set(id, name);
    }
    return name;
  };
  const writeNode = (node: NodeRef): string => {
    const first = !written.has(node.id);
    written.add(node.id);
    // A bare mention of a renamed node keeps its id as its label, as in Mermaid.
    const shape = first ? (labels.get(node.id) ?? (subgraphIds.has(node.id) || LIBRARY_ID.test(node.id) ? undefined : { open: '[', close: ']', label: node.id })) : node.shape;
    return `${rename(node.id)}${shape ? `${shape.open}${shape.label}${shape.close}` : ''}${node.className ? `:::${node.className}` : ''}`;
  };
  return items.map((item) => {
    switch (item.kind) {
      case 'text':
        return item.text;
      case 'ids':
        return `${item.keyword} ${item.ids.map((id) => rename(id.trim())).join(',')} ${item.rest}`;
      case 'subgraph':
        return `subgraph ${rename(item.id)} [${item.label}]`;
      case 'statement': {
        const { groups, arrows } = item.statement;
        return groups.map((group, index) => `${index ? ` ${arrows[index - 1]} ` : ''}${group.map(writeNode).join(' & ')}`).join('');
      }
    }
  });
}
