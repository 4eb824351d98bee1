import type { Parent, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { SKIP, visit } from 'unist-util-visit';
import type { ConvertContext } from './context';

/** What mkdocs plugins made of text that the site shows as written: said on the report, so a writer can check it. */
const AS_WRITTEN: [RegExp, string][] = [
  [/\{\{[^{}\n]*\}\}|\{%[^{}\n]*%\}/, 'a template expression (mkdocs-macros, or a Hugo shortcode) is shown as written'],
  [/\$\$[\s\S]+?\$\$|\\\([\s\S]+?\\\)|\\\[[\s\S]+?\\\]/, 'TeX math (arithmatex) is shown as its source'],
];

/**
 * The `[TOC]` marker goes (the page has its own table of contents), and text
 * that only an mkdocs plugin turned into something else is reported, once per
 * paragraph.
 */
export function reportLeftovers(tree: Root, context: ConvertContext) {
  visit(tree, 'paragraph', (paragraph, index, parent: Parent | undefined) => {
    const text = toString(paragraph);
    if (text.trim() === '[TOC]' && parent && index !== undefined) {
      parent.children.splice(index, 1);
      return [SKIP, index];
    }
    for (const [pattern, what] of AS_WRITTEN) {
      const found = pattern.exec(text);
      if (found) context.note('unconverted', `${what}: ${found[0].slice(0, 40)}`, paragraph);
    }
    return SKIP;
  });
}
