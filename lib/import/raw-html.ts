import type { Html, Parent, PhrasingContent, Root, RootContent } from 'mdast';
import type { ConvertContext } from './context';
import { HTML_ELEMENTS } from './html-elements';
import { htmlToFlow, htmlToPhrasing } from './html';

const FLOW_PARENTS = new Set(['root', 'listItem', 'blockquote', 'mdxJsxFlowElement', 'footnoteDefinition']);
const VOID = new Set(['br', 'img', 'hr', 'wbr', 'source']);
const OPEN = /^<([a-zA-Z][\w-]*)(?:\s[^>]*)?>$/;
const CLOSE = /^<\/([a-zA-Z][\w-]*)\s*>$/;

/**
 * Replaces every raw HTML node: block HTML with the nodes it stands for
 * (./html.ts), inline tags paired with their end tag among their siblings and
 * wrapped around what lies between, comments dropped.
 */
export function replaceRawHtml(tree: Root, context: ConvertContext) {
  replaceIn(tree, context);
}

function replaceIn(parent: Parent, context: ConvertContext) {
  const flowParent = FLOW_PARENTS.has(parent.type);
  for (let index = 0; index < parent.children.length; index++) {
    const child = parent.children[index];
    if (child.type !== 'html') {
      if ('children' in child) replaceIn(child as Parent, context);
      continue;
    }
    const problem = (message: string) => context.note('unconverted', message, child);
    const value = child.value.trim();
    let replacement: RootContent[];
    if (value.startsWith('<!--')) replacement = [];
    else if (isPlaceholder(value)) {
      // `http://<JaegerIP>:16686/`, `<version>`: what the writer meant to show, which mkdocs hid as an unknown tag.
      replacement = flowParent ? [{ type: 'paragraph', children: [{ type: 'text', value }] }] : [{ type: 'text', value }];
      problem(`${value} is not an HTML tag; shown as text (mkdocs hid it)`);
    } else if (flowParent) replacement = htmlToFlow(value, problem);
    else {
      const paired = pairInline(parent, index, context);
      if (paired) {
        index--;
        continue;
      }
      replacement = VOID.has(tagOf(value)) ? htmlToPhrasing(value, problem) : [];
      if (!replacement.length && value) problem(`the HTML tag ${value.slice(0, 40)} has no matching end tag and was dropped`);
    }
    parent.children.splice(index, 1, ...(replacement as never[]));
    index += replacement.length - 1;
  }
}

/** An inline start tag and its end tag among the following siblings become one element holding the nodes between. */
function pairInline(parent: Parent, start: number, context: ConvertContext): boolean {
  const value = (parent.children[start] as Html).value.trim();
  const open = OPEN.exec(value);
  if (!open || VOID.has(open[1].toLowerCase())) return false;
  const tag = open[1].toLowerCase();
  let depth = 0;
  for (let index = start + 1; index < parent.children.length; index++) {
    const node = parent.children[index];
    if (node.type !== 'html') continue;
    const text = node.value.trim();
    if (OPEN.exec(text)?.[1].toLowerCase() === tag) depth++;
    if (CLOSE.exec(text)?.[1].toLowerCase() !== tag) continue;
    if (depth-- > 0) continue;
    const inner = parent.children.slice(start + 1, index) as PhrasingContent[];
    const wrapper = { type: 'paragraph', children: inner } as Parent;
    replaceIn(wrapper, context);
    const [element] = htmlToPhrasing(`${value}</${tag}>`, (message) => context.note('unconverted', message, node));
    const replacement: PhrasingContent[] = !element || !('children' in element) ? (wrapper.children as PhrasingContent[]) : [{ ...element, children: wrapper.children } as PhrasingContent];
    parent.children.splice(start, index - start + 1, ...(replacement as never[]));
    return true;
  }
  return false;
}

/** A lone start tag whose name no HTML element has. */
function isPlaceholder(html: string): boolean {
  const open = OPEN.exec(html);
  return !!open && !HTML_ELEMENTS.has(open[1].toLowerCase());
}

function tagOf(html: string): string {
  return /^<\/?([a-zA-Z][\w-]*)/.exec(html)?.[1].toLowerCase() ?? '';
}
