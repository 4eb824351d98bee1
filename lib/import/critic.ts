import type { PhrasingContent, Root } from 'mdast';
import { findAndReplace, type RegExpMatchObject } from 'mdast-util-find-and-replace';
import type { ConvertContext } from './context';
import { textElement } from './jsx';

const text = (value: string): PhrasingContent => ({ type: 'text', value });

/**
 * CriticMarkup (pymdownx.critic), shown as mkdocs shows it in its default view:
 * `{++added++}` as <ins>, `{--removed--}` as <del>, `{~~old~>new~~}` as both
 * (./blocks.ts rewrites it as the two, before Markdown reads `~~`),
 * `{==marked==}` as <mark>; an editor's `{>>comment<<}` is dropped and reported.
 * Runs before the keys and marks, whose `++` and `==` these contain.
 */
export function replaceCriticMarkup(tree: Root, context: ConvertContext) {
  findAndReplace(tree, [
    [/\{\+\+([\s\S]+?)\+\+\}/g, (_whole: string, added: string) => textElement('ins', {}, [text(added)])],
    [/\{--([\s\S]+?)--\}/g, (_whole: string, removed: string) => textElement('del', {}, [text(removed)])],
    [/\{==([\s\S]+?)==\}/g, (_whole: string, marked: string) => textElement('mark', {}, [text(marked)])],
    [
      /\{>>([\s\S]*?)<<\}/g,
      (_whole: string, comment: string, match: RegExpMatchObject) => {
        context.note('unconverted', `editor's comment {>>${comment.slice(0, 30)}<<} dropped`, match.stack.at(-1));
        return '';
      },
    ],
  ]);
}
