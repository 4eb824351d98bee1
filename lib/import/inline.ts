import type { PhrasingContent, Root } from 'mdast';
import { findAndReplace, type RegExpMatchObject } from 'mdast-util-find-and-replace';
import { visit } from 'unist-util-visit';
import { materialIconPath } from '@/lib/mdx/material-icons';
import type { ConvertContext } from './context';
import { emojiFor } from './emoji';
import { textElement } from './jsx';

/** `{ .class #id key="value" }` as Python-Markdown's attr_list writes it. */
const ATTRIBUTE_LIST = /^\{:?[ \t]*((?:[.#][\w-]+|[\w-]+=(?:"[^"]*"|'[^']*'|[^\s}]+))(?:[ \t]+(?:[.#][\w-]+|[\w-]+=(?:"[^"]*"|'[^']*'|[^\s}]+)))*)[ \t]*\}/;
const ICON_SETS = /^(material|octicons|fontawesome|simple)-(.+)$/;

export type AttributeList = { classes: string[]; values: Record<string, string> };

export function parseAttributeList(source: string): AttributeList {
  const classes: string[] = [];
  const values: Record<string, string> = {};
  for (const [token] of source.matchAll(/[.#][\w-]+|[\w-]+=(?:"[^"]*"|'[^']*'|[^\s}]+)/g)) {
    if (token.startsWith('.')) classes.push(token.slice(1));
    else if (token.startsWith('#')) values.id = token.slice(1);
    else {
      const [key, ...rest] = token.split('=');
      values[key] = rest.join('=').replace(/^["']|["']$/g, '');
    }
  }
  return { classes, values };
}

/**
 * `:name:` shortcodes: Material Design icons become <Icon>, emoji names their
 * character; icons of other sets are dropped and reported. An attribute list
 * right after one (`:leaves:{ .lg .middle }`) only sized it, and goes too.
 */
export function replaceShortcodes(tree: Root, context: ConvertContext) {
  findAndReplace(tree, [
    /:([a-z0-9_+-]+):(\{[^}\n]*\})?( ?)/g,
    (_whole: string, name: string, _attributes: string | undefined, space: string, match: RegExpMatchObject) => {
      const icon = ICON_SETS.exec(name);
      if (icon) {
        if (icon[1] === 'material' && materialIconPath(icon[2])) return [textElement('Icon', { name: icon[2] }, []), { type: 'text', value: space }];
        context.note('unconverted', `icon :${name}: has no SVG here and was dropped`, match.stack.at(-1));
        return '';
      }
      const emoji = emojiFor(name);
      return emoji ? emoji + space : false;
    },
  ]);
}

/**
 * `==mark==`, `^^ins^^`, `^sup^` and `~sub~` (pymdownx mark, caret and tilde); `~~del~~` is GFM's.
 * A mark closed after a space (`==text ==`), which mkdocs leaves as text, is taken as
 * the writer meant it, and reported.
 */
export function replaceMarks(tree: Root, context: ConvertContext) {
  const wrap = (tag: string) => (_whole: string, inner: string) => textElement(tag, {}, [{ type: 'text', value: inner }]);
  findAndReplace(tree, [
    /==(?=\S)(.+?)(?<=\S)( ?)==(?!=)/g,
    (_whole: string, inner: string, space: string, match: RegExpMatchObject) => {
      if (space) context.note('unconverted', `"==${inner.slice(0, 30)}${inner.length > 30 ? '…' : ''} ==" has a space before its closing ==; marked as meant`, match.stack.at(-1));
      return [textElement('mark', {}, [{ type: 'text', value: inner }]), ...(space ? [{ type: 'text' as const, value: space }] : [])];
    },
  ]);
  findAndReplace(tree, [
    [/\^\^(?=\S)(.+?)(?<=\S)\^\^/g, wrap('ins')],
    [/\^(?=\S)([^\s^]+?)\^/g, wrap('sup')],
    [/(?<!~)~(?=[^\s~])([^\s~]+?)~(?!~)/g, wrap('sub')],
  ]);
}

/**
 * `____main____` reads as bold inside bold, which no writer means: it is Python's
 * `__main__` in bold, as mkdocs showed it.
 */
export function keepDunderNames(tree: Root) {
  visit(tree, 'strong', (strong) => {
    const [inner] = strong.children;
    if (strong.children.length !== 1 || inner.type !== 'strong' || inner.children.length !== 1 || inner.children[0].type !== 'text') return;
    strong.children = [{ type: 'text', value: `__${inner.children[0].value}__` }];
  });
}

/** Every use of an abbreviation defined with `*[ABBR]: text` gets <abbr title>. */
export function replaceAbbreviations(tree: Root, abbreviations: Map<string, string>) {
  if (!abbreviations.size) return;
  const words = [...abbreviations.keys()].sort((a, b) => b.length - a.length).map(escapeRegExp);
  findAndReplace(tree, [
    new RegExp(`(?<![\\p{L}\\p{N}_])(?:${words.join('|')})(?![\\p{L}\\p{N}_])`, 'gu'),
    (word: string) => textElement('abbr', { title: abbreviations.get(word) }, [{ type: 'text', value: word }]),
  ]);
}

/**
 * Attribute lists after a link or an image: `{ .md-button }` turns the link
 * into a <Button>, `{ width="700" }` sizes the image; the list itself is
 * removed wherever it stands, and one that changed nothing is reported.
 */
export function applyAttributeLists(tree: Root, context: ConvertContext) {
  visit(tree, (parent) => {
    if (!('children' in parent)) return;
    for (let index = 0; index < parent.children.length; index++) {
      const node = parent.children[index];
      if (node.type !== 'text') continue;
      const match = ATTRIBUTE_LIST.exec(node.value);
      const previous = parent.children[index - 1];
      if (!match || !previous) continue;
      node.value = node.value.slice(match[0].length);
      const attributes = parseAttributeList(match[1]);
      if (previous.type === 'link' && attributes.classes.includes('md-button')) {
        const variant = attributes.classes.includes('md-button--primary') ? 'primary' : 'default';
        parent.children[index - 1] = { ...textElement('Button', { href: previous.url, variant }, previous.children), position: previous.position } as PhrasingContent;
      } else if (previous.type === 'image') {
        previous.data = { ...previous.data, ...(attributes.values.width ? { width: attributes.values.width } : {}) } as typeof previous.data;
      } else {
        context.note('unconverted', `attribute list {${match[1]}} has no equivalent here and was dropped`, node);
      }
    }
  });
  // A heading keeps its `{#id}` (the site gives the heading that id, so links to it keep working); classes go.
  visit(tree, 'heading', (heading) => {
    const last = heading.children.at(-1);
    if (last?.type !== 'text') return;
    const trailing = /[ \t]*\{:?[ \t]*([^}]*)\}[ \t]*$/.exec(last.value);
    const written = trailing?.[1].trim() ?? '';
    if (!trailing || !/^(?:#{1,2}[\w-]+|\.[\w-]+)(?:[ \t]+(?:#{1,2}[\w-]+|\.[\w-]+))*$/.test(written)) return;
    const id = /(?:^|\s)#{1,2}([\w-]+)/.exec(written)?.[1];
    last.value = last.value.slice(0, trailing.index) + (id ? ` {#${id}}` : '');
    if (written !== `#${id}`) context.note('unconverted', `heading attributes {${written}}: ${id ? `kept the id #${id}, dropped the rest` : 'dropped'}`, heading);
  });
}

/** pymdownx.inlinehilite: `` `#!python print()` `` is code in that language; the page shows the code, without the marker. */
export function stripInlineLanguageMarkers(tree: Root) {
  visit(tree, 'inlineCode', (node) => {
    node.value = node.value.replace(/^#!\w[\w+-]*[ \t]+(?=\S)/, '');
  });
}

/** A link written with its `)` or its reference missing: a reader sees the brackets as text, as mkdocs showed them. */
const BROKEN_LINK = /\[[^\]\n]+\]\([^)\s]*(?=\s|$)|\[[^\]\n]+\]\[[^\]\n]*\]/g;

export function reportBrokenLinks(tree: Root, context: ConvertContext) {
  visit(tree, 'text', (node) => {
    for (const [written] of node.value.matchAll(BROKEN_LINK)) {
      context.note('unconverted', `"${written.slice(0, 50)}" is not a complete link (a ")" or its reference is missing); kept as text`, node);
    }
  });
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
