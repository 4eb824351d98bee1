import type { Element, ElementContent, Properties } from 'hast';
import type { BlockContent, ListItem, Paragraph, PhrasingContent, RootContent } from 'mdast';
import { fromHtml } from 'hast-util-from-html';
import { toString } from 'hast-util-to-string';
import { flowElement, textElement } from './jsx';

/**
 * Raw HTML in a post becomes Markdown where Markdown has the construct (lists,
 * emphasis, links, images, code) and JSX elements otherwise (tables, video,
 * details), so the MDX compiles and the images and links go through the same
 * rewriting as Markdown ones. Classes and inline styles are dropped: the
 * site's own styles apply.
 */

/** Elements a post may not carry; dropped, and the report says so. */
const FORBIDDEN = new Set(['script', 'style', 'iframe', 'object', 'embed', 'frame', 'frameset', 'form', 'input', 'button', 'select', 'textarea', 'link', 'meta', 'base', 'noscript', 'template']);
const PHRASING = new Set(['a', 'abbr', 'b', 'br', 'cite', 'code', 'del', 'em', 'i', 'img', 'kbd', 'mark', 'q', 's', 'small', 'span', 'strong', 'sub', 'sup', 'time', 'u', 'var', 'font', 'ins']);
const RENAMED: Record<string, string> = { center: 'div', font: 'span' };
/** hast property -> JSX attribute kept on elements that stay JSX. */
const KEPT_PROPERTIES: Record<string, string> = {
  colSpan: 'colSpan', rowSpan: 'rowSpan', title: 'title', src: 'src', poster: 'poster', controls: 'controls', muted: 'muted',
  loop: 'loop', playsInline: 'playsInline', type: 'type', open: 'open', width: 'width', height: 'height', dateTime: 'dateTime',
  scope: 'scope', start: 'start',
};

export type HtmlProblem = (message: string) => void;

/** Block-level HTML -> flow nodes. */
export function htmlToFlow(html: string, problem: HtmlProblem): RootContent[] {
  return flowFromChildren(fromHtml(html, { fragment: true }).children as ElementContent[], problem);
}

/** Inline HTML (one element with its content) -> phrasing nodes. */
export function htmlToPhrasing(html: string, problem: HtmlProblem): PhrasingContent[] {
  return phrasingFromChildren(fromHtml(html, { fragment: true }).children as ElementContent[], problem);
}

/** The JSX attributes kept from an element's properties. */
export function keptAttributes(properties: Properties): Record<string, string | true> {
  const attributes: Record<string, string | true> = {};
  for (const [property, value] of Object.entries(properties)) {
    const name = KEPT_PROPERTIES[property];
    if (!name || value === false || value == null) continue;
    attributes[name] = value === true ? true : Array.isArray(value) ? value.join(' ') : String(value);
  }
  return attributes;
}

function flowFromChildren(children: ElementContent[], problem: HtmlProblem): RootContent[] {
  const out: RootContent[] = [];
  let inline: PhrasingContent[] = [];
  const flush = () => {
    if (inline.some((node) => node.type !== 'text' || node.value.trim())) out.push(paragraph(trimEdges(inline)));
    inline = [];
  };
  for (const child of children) {
    if (child.type === 'comment') continue;
    if (child.type === 'text' || (child.type === 'element' && (PHRASING.has(child.tagName) || FORBIDDEN.has(child.tagName)))) {
      inline.push(...phrasing(child, problem));
      continue;
    }
    flush();
    out.push(...flow(child as Element, problem));
  }
  flush();
  return out;
}

/** Inline styles are dropped, but bold set by one (`style="font-weight: bold"`) is kept as strong emphasis. */
function isBold(element: Element): boolean {
  return /font-weight\s*:\s*(?:bold|bolder|[6-9]00)\b/i.test(String(element.properties.style ?? ''));
}

function flow(element: Element, problem: HtmlProblem): RootContent[] {
  const { tagName: tag } = element;
  const children = () => flowFromChildren(element.children, problem) as BlockContent[];
  const inline = () => trimEdges(phrasingFromChildren(element.children, problem));
  if (tag === 'p') return [paragraph(isBold(element) ? [{ type: 'strong', children: inline() }] : inline())];
  if (/^h[1-6]$/.test(tag)) return [{ type: 'heading', depth: Number(tag[1]) as 1, children: inline() }];
  if (tag === 'ul' || tag === 'ol') {
    const items = element.children.filter((child): child is Element => child.type === 'element' && child.tagName === 'li');
    const listItems: ListItem[] = items.map((item) => ({ type: 'listItem', spread: false, children: flowFromChildren(item.children, problem) as BlockContent[] }));
    return [{ type: 'list', ordered: tag === 'ol', spread: false, children: listItems }];
  }
  if (tag === 'pre') {
    const code = element.children.find((child): child is Element => child.type === 'element' && child.tagName === 'code');
    const language = String((code?.properties.className as string[] | undefined)?.find((name) => name.startsWith('language-')) ?? '').slice(9);
    return [{ type: 'code', lang: language || null, value: toString(element).replace(/\n$/, '') }];
  }
  if (tag === 'blockquote') return [{ type: 'blockquote', children: children() }];
  if (tag === 'hr') return [{ type: 'thematicBreak' }];
  return [flowElement(RENAMED[tag] ?? tag, keptAttributes(element.properties), children())];
}

function phrasingFromChildren(children: ElementContent[], problem: HtmlProblem): PhrasingContent[] {
  return children.flatMap((child) => phrasing(child, problem));
}

function phrasing(node: ElementContent, problem: HtmlProblem): PhrasingContent[] {
  if (node.type === 'comment') return [];
  if (node.type === 'text') return [{ type: 'text', value: node.value.replace(/\s+/g, ' ') }];
  if (node.type !== 'element') return [];
  const { tagName: tag, properties } = node;
  if (FORBIDDEN.has(tag)) {
    problem(`a <${tag}> element was dropped`);
    return [];
  }
  const children = () => phrasingFromChildren(node.children, problem);
  switch (tag) {
    case 'br':
      return [textElement('br', {}, [])];
    case 'img':
      return [{ type: 'image', url: String(properties.src ?? ''), alt: String(properties.alt ?? ''), data: { width: properties.width } } as PhrasingContent];
    case 'a':
      return properties.href ? [{ type: 'link', url: String(properties.href), children: children() }] : children();
    case 'strong':
    case 'b':
      return [{ type: 'strong', children: children() }];
    case 'em':
    case 'i':
      return [{ type: 'emphasis', children: children() }];
    case 'code':
      return [{ type: 'inlineCode', value: toString(node) }];
    case 'del':
    case 's':
      return [{ type: 'delete', children: children() }];
    case 'span':
    case 'font':
      return isBold(node) ? [{ type: 'strong', children: children() }] : children();
  }
  if (!PHRASING.has(tag)) return [textElement(RENAMED[tag] ?? tag, keptAttributes(properties), children())];
  return [textElement(tag, keptAttributes(properties), children())];
}

function paragraph(children: PhrasingContent[]): Paragraph {
  return { type: 'paragraph', children };
}

/** Leading and trailing whitespace of a run of inline nodes, which HTML ignores. */
function trimEdges(nodes: PhrasingContent[]): PhrasingContent[] {
  const out = [...nodes];
  const first = out[0];
  if (first?.type === 'text') out[0] = { ...first, value: first.value.trimStart() };
  const last = out.at(-1);
  if (last?.type === 'text') out[out.length - 1] = { ...last, value: last.value.trimEnd() };
  return out.filter((node) => node.type !== 'text' || node.value !== '');
}
