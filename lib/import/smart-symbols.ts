import type { Root } from 'mdast';
import { findAndReplace } from 'mdast-util-find-and-replace';
import { textElement } from './jsx';

/** pymdownx.smartsymbols' replacements, in the order they must be tried (longest arrows first). */
const SYMBOLS: [RegExp, string][] = [
  [/<-->/g, '↔'],
  [/(?<!-)-->/g, '→'],
  // Not the `--8<--` of a snippet marker written as text.
  [/(?<!--8)<--(?!-)/g, '←'],
  [/=\/=/g, '≠'],
  [/\+\/-/g, '±'],
  [/\(tm\)/gi, '™'],
  [/\(c\)/gi, '©'],
  [/\(r\)/gi, '®'],
  [/\bc\/o\b/g, '℅'],
  [/(?<![\d/])1\/4(?![\d/])/g, '¼'],
  [/(?<![\d/])1\/2(?![\d/])/g, '½'],
  [/(?<![\d/])3\/4(?![\d/])/g, '¾'],
];

/**
 * The typography mkdocs applied to text (pymdownx.smartsymbols): arrows,
 * ©, ™, ±, ≠, common fractions, and ordinals as `1<sup>st</sup>`. Code is
 * left as written.
 */
export function replaceSmartSymbols(tree: Root) {
  findAndReplace(tree, SYMBOLS.map(([pattern, symbol]) => [pattern, symbol]));
  findAndReplace(tree, [/\b(\d+)(st|nd|rd|th)\b/g, (_whole: string, number: string, suffix: string) => [{ type: 'text', value: number }, textElement('sup', {}, [{ type: 'text', value: suffix }])]]);
}
