import type { Root } from 'mdast';
import { findAndReplace } from 'mdast-util-find-and-replace';

/** `owner/repo#123` (an issue) or `owner/repo!123` (a pull request), not inside a path or a longer word. */
const SHORTHAND = /(?<![\w./-])([A-Za-z0-9][\w.-]*\/[A-Za-z0-9][\w.-]*)([#!])(\d+)\b/g;

/**
 * pymdownx.magiclink's repository shorthands become links to GitHub, as mkdocs
 * made them; text already in a link stays as it is.
 */
export function linkRepositoryShorthands(tree: Root) {
  findAndReplace(
    tree,
    [
      SHORTHAND,
      (whole: string, repository: string, kind: string, number: string) => ({
        type: 'link',
        url: `https://github.com/${repository}/${kind === '#' ? 'issues' : 'pull'}/${number}`,
        children: [{ type: 'text', value: whole }],
      }),
    ],
    { ignore: ['link', 'linkReference'] },
  );
}
