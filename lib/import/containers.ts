import type { Parent, Root, RootContent } from 'mdast';
import type { MdxJsxFlowElement } from 'mdast-util-mdx-jsx';
import { PLACEHOLDER, type Block } from './blocks';
import type { ConvertContext } from './context';
import { flowElement } from './jsx';

/** mkdocs-material's admonition types and their aliases -> the types <Admonition> takes. */
const ADMONITION_TYPES: Record<string, string> = {
  note: 'note', seealso: 'note',
  abstract: 'abstract', summary: 'abstract', tldr: 'abstract',
  info: 'info', todo: 'info',
  tip: 'tip', hint: 'tip', important: 'tip',
  success: 'success', check: 'success', done: 'success',
  question: 'question', help: 'question', faq: 'question',
  warning: 'warning', caution: 'warning', attention: 'warning',
  failure: 'failure', fail: 'failure', missing: 'failure',
  danger: 'danger', error: 'danger',
  bug: 'bug',
  example: 'example',
  quote: 'quote', cite: 'quote',
};

/**
 * Wraps the nodes between each pair of placeholders (see ./blocks.ts) into the
 * component the block becomes, innermost first, then groups neighbouring tabs
 * into one <Tabs>.
 */
export function wrapBlocks(tree: Root, blocks: Block[], context: ConvertContext) {
  wrapIn(tree, blocks, context);
}

function wrapIn(parent: Parent, blocks: Block[], context: ConvertContext) {
  for (const child of parent.children) if ('children' in child) wrapIn(child as Parent, blocks, context);
  const stack: { id: number; index: number }[] = [];
  for (let index = 0; index < parent.children.length; index++) {
    const child = parent.children[index];
    const match = child.type === 'html' ? PLACEHOLDER.exec(child.value.trim()) : null;
    if (!match) continue;
    const id = Number(match[2]);
    if (match[1] === 'start') {
      stack.push({ id, index });
      continue;
    }
    const open = stack.pop();
    if (!open || open.id !== id) throw new Error(`line ${context.lineOf(child) ?? '?'}: a block's end does not match its start`);
    const inner = parent.children.slice(open.index + 1, index) as RootContent[];
    const element = blockElement(blocks[id], inner, context);
    // Tabs nested in this block (a tab inside a tab) are grouped where they stand.
    if (element) groupTabs(element);
    parent.children.splice(open.index, index - open.index + 1, ...(element ? [element] : inner) as never[]);
    index = open.index;
  }
  groupTabs(parent);
}

function blockElement(block: Block, children: RootContent[], context: ConvertContext): MdxJsxFlowElement | null {
  if (block.kind === 'tab') return flowElement('Tab', { label: block.label.trim() || '—' }, children);
  if (block.kind === 'admonition') {
    const type = ADMONITION_TYPES[block.type];
    if (!type) context.note('unconverted', `admonition type "${block.type}" is not one mkdocs-material defines; shown as a note`, block.line);
    return flowElement(
      'Admonition',
      // `!!! note ""` has no title bar; a collapsible one keeps the default title, its control.
      { type: type ?? 'note', title: block.title?.trim() || (block.title !== undefined && !block.collapsible ? '' : undefined), collapsible: block.collapsible },
      children,
    );
  }
  const classes = (block.attributes.class ?? '').split(/\s+/);
  if (classes.includes('grid') && classes.includes('cards')) return flowElement('Cards', {}, children);
  if (block.tag === 'figure') return flowElement('import-figure', {}, children);
  if (block.tag === 'dl' || block.tag === 'dt' || block.tag === 'dd') return flowElement(block.tag, {}, children);
  context.note('unconverted', `<${block.tag} markdown> kept as its content only`, block.line);
  return null;
}

/** Neighbouring <Tab> elements (mkdocs `===` blocks in a row) become one <Tabs> group. */
function groupTabs(parent: Parent) {
  for (let index = 0; index < parent.children.length; index++) {
    if (!isTab(parent.children[index])) continue;
    let end = index;
    while (end + 1 < parent.children.length && isTab(parent.children[end + 1])) end++;
    const tabs = parent.children.slice(index, end + 1) as RootContent[];
    parent.children.splice(index, tabs.length, flowElement('Tabs', {}, tabs) as never);
  }
}

function isTab(node: RootContent | undefined): boolean {
  return node?.type === 'mdxJsxFlowElement' && node.name === 'Tab';
}

