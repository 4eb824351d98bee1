import type { Element, ElementContent, Properties, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toString } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';
import type { MermaidGraph } from 'beautiful-mermaid';
import type { MermaidSource } from './source';

type PropertyValue = Properties[string];

/** Text elements, whose spaces are content. */
const TEXT_ELEMENTS = new Set(['text', 'tspan', 'title', 'desc']);

/**
 * Draws a diagram as an SVG element for the page, and says in words what it
 * shows (its edges or messages, with their labels, in the order written), as
 * its text alternative. beautiful-mermaid (and the 1.6 MB ELK layout engine
 * under it) is loaded on the first diagram, so a build of posts without one
 * never loads it.
 *
 * Its SVG is made to fit the page: the <style> element it brings (an @import
 * of Google Fonts and the colour rules) is removed, since the page's
 * Content-Security-Policy would block it; the colours it refers to as
 * var(--_line) and so on are set in app/globals.css from the site's theme
 * colours. Ids get the diagram's own prefix, numbers are rounded to 0.01 px,
 * and its data-* and class attributes are dropped.
 */
export async function drawMermaid(source: MermaidSource, id: string): Promise<{ svg: Element; summary: string }> {
  // Hidden from the bundler: following it into beautiful-mermaid and its layout engine
  // raised the build's compile step from about 750 MB to 1,000 MB. Diagrams are drawn
  // only while prerendering, where node_modules is at hand.
  const { renderMermaidSVG, parseMermaid }: typeof import('beautiful-mermaid') = await import(/* turbopackIgnore: true */ /* webpackIgnore: true */ 'beautiful-mermaid');
  const root = fromHtml(renderMermaidSVG(source.text, { transparent: true }), { fragment: true });
  const svg = root.children.find((node): node is Element => node.type === 'element' && node.tagName === 'svg');
  if (!svg) throw new Error('beautiful-mermaid returned no SVG');
  const summary = source.kind === 'sequence' ? describeSequence(root) : describeFlowchart(parseMermaid(source.text));
  clean(svg, id);
  return { svg, summary };
}

function clean(svg: Element, prefix: string) {
  const ids = new Set<string>();
  visit(svg, 'element', (node) => {
    if (typeof node.properties.id === 'string') ids.add(node.properties.id);
  });
  const renameIds = (value: string) => value.replace(/url\(#([^)]+)\)|^#(.+)$/g, (whole, inUrl?: string, inHref?: string) => {
    const id = inUrl ?? inHref!;
    if (!ids.has(id)) return whole;
    return inUrl ? `url(#${prefix}-${id})` : `#${prefix}-${id}`;
  });
  visit(svg, 'element', (node) => {
    node.children = node.children.filter((child) => keep(child, node));
    const properties: Properties = {};
    for (const [name, value] of Object.entries(node.properties)) {
      if (/^data[A-Z]/.test(name) || name === 'className' || name === 'xmlns' || (node === svg && name === 'style')) continue;
      properties[name] = name === 'id' ? `${prefix}-${String(value)}` : tidy(value, renameIds);
    }
    node.properties = properties;
  });
}

function keep(child: ElementContent, parent: Element): boolean {
  if (child.type === 'comment') return false;
  if (child.type === 'element') return child.tagName !== 'style';
  return child.type !== 'text' || TEXT_ELEMENTS.has(parent.tagName) || child.value.trim() !== '';
}

function tidy(value: PropertyValue, renameIds: (value: string) => string): PropertyValue {
  if (typeof value === 'number') return round(value);
  if (typeof value === 'string') return renameIds(value.replace(/-?\d+\.\d{3,}/g, (number) => String(round(Number(number)))));
  if (Array.isArray(value)) return value.map((item) => (typeof item === 'number' ? round(item) : item));
  return value;
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}

/** Elements with `class` containing `name` (read before classes are dropped). */
function elementsOf(root: Root, name: string): Element[] {
  const found: Element[] = [];
  visit(root, 'element', (node) => {
    const classes = node.properties.className;
    if (Array.isArray(classes) && classes.includes(name)) found.push(node);
  });
  return found;
}

/** A label as text: line breaks as spaces, inline formatting tags removed. */
function plain(value: PropertyValue | string): string {
  return String(value ?? '')
    .replace(/<\/?[a-z]+\s*>/gi, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** "A → B (label); B → C; D" for a flowchart's edges, in the order written, and its nodes without edges. */
function describeFlowchart(graph: MermaidGraph): string {
  const label = (id: string) => plain(graph.nodes.get(id)?.label ?? id);
  const linked = new Set<string>();
  const parts = graph.edges.map((edge) => {
    linked.add(edge.source).add(edge.target);
    const arrow = edge.hasArrowStart && edge.hasArrowEnd ? '↔' : edge.hasArrowEnd ? '→' : edge.hasArrowStart ? '←' : '—';
    return `${label(edge.source)} ${arrow} ${label(edge.target)}${edge.label ? ` (${plain(edge.label)})` : ''}`;
  });
  for (const id of graph.nodes.keys()) if (!linked.has(id)) parts.push(label(id));
  return parts.join('; ');
}

/** "Alice → Bob: Hello; Alice, Bob: a note" for a sequence diagram's messages and notes. */
function describeSequence(root: Root): string {
  const names = new Map(elementsOf(root, 'actor').map((actor) => [String(actor.properties.dataId), plain(actor.properties.dataLabel)]));
  const name = (id: string) => names.get(id) ?? id;
  const messages = elementsOf(root, 'message').map(
    ({ properties }) => `${name(String(properties.dataFrom))} → ${name(String(properties.dataTo))}: ${plain(properties.dataLabel)}`,
  );
  const notes = elementsOf(root, 'note').map(
    (note) => `${String(note.properties.dataActors ?? '').split(',').map(name).join(', ')}: ${plain(toString(note))}`,
  );
  return [...messages, ...notes].join('; ');
}
