import { readFileSync } from 'node:fs';
import GithubSlugger from 'github-slugger';
import type { Heading, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import { prepareBlocks } from './blocks';
import { splitFrontMatter } from './front-matter';
import { markdownParser } from './markdown-parser';

/** `{#id}` (attr_list) at the end of a heading's text. */
export const HEADING_ID = /[ \t]*\{:?[ \t]*#([\w-]+)[ \t]*\}[ \t]*$/;

/** A post's heading ids: mkdocs' and this site's -> this site's. */
export type HeadingAnchors = Map<string, string>;

/**
 * Python-Markdown's default toc slug: the text reduced to ASCII, then lower-case
 * letters, digits, `_` and `-`. A Chinese heading has none left, and so gets
 * `_1`, `_2`, ... from uniqueIds.
 */
export function mkdocsSlug(text: string): string {
  const ascii = text.normalize('NFKD').replace(/[^\x00-\x7f]/g, '');
  return ascii
    .replace(/[^\w\s-]/g, '')
    .trim()
    .toLowerCase()
    .replace(/[-\s]+/g, '-');
}

/** Python-Markdown's unique(): an id taken (or empty) gets `_1`, or its `_n` counted up. */
function uniqueId(id: string, taken: Set<string>): string {
  while (taken.has(id) || !id) {
    const counted = /^(.*)_(\d+)$/.exec(id);
    id = counted ? `${counted[1]}_${Number(counted[2]) + 1}` : `${id}_1`;
  }
  taken.add(id);
  return id;
}

type HeadingText = { text: string; id?: string };

/**
 * The ids mkdocs gave a post's headings (the title among them) beside the ones
 * this site gives them (rehype-slug's GitHub slugs of the text, or the `{#id}`
 * written), so that links to the old ids can be pointed at the new ones.
 */
export function headingAnchors(title: HeadingText | undefined, body: HeadingText[]): HeadingAnchors {
  const anchors: HeadingAnchors = new Map();
  const taken = new Set<string>();
  const slugger = new GithubSlugger();
  if (title) uniqueId(title.id ?? mkdocsSlug(title.text), taken);
  for (const heading of body) {
    const ours = heading.id ?? slugger.slug(heading.text);
    const theirs = heading.id ?? uniqueId(mkdocsSlug(heading.text), taken);
    if (!anchors.has(theirs)) anchors.set(theirs, ours);
    anchors.set(ours, ours);
  }
  return anchors;
}

/** A heading's text and its written `{#id}`, if any. */
export function headingText(heading: Heading): HeadingText {
  const text = toString(heading);
  const id = HEADING_ID.exec(text);
  return id ? { text: text.slice(0, id.index).trim(), id: id[1] } : { text: text.trim() };
}

/** The headings of a tree in order. */
export function headingsOf(tree: Root): Heading[] {
  const headings: Heading[] = [];
  visit(tree, 'heading', (heading) => {
    headings.push(heading);
  });
  return headings;
}

/** The heading anchors of another post's source file (its first `#` heading is its title), for links into it; read once each. */
export function sourceAnchors(): (path: string) => HeadingAnchors {
  const cache = new Map<string, HeadingAnchors>();
  return (path) => {
    let anchors = cache.get(path);
    if (!anchors) {
      let headings: Heading[] = [];
      try {
        const { body, bodyLine } = splitFrontMatter(readFileSync(path, 'utf8'));
        headings = headingsOf(markdownParser.parse(prepareBlocks(body, bodyLine).text));
      } catch {
        // A file that cannot be read fails its own import; links into it keep their anchors.
      }
      const titleIndex = headings.findIndex((heading) => heading.depth === 1);
      const title = titleIndex >= 0 ? headingText(headings[titleIndex]) : undefined;
      anchors = headingAnchors(title, headings.filter((_, index) => index !== titleIndex).map(headingText));
      cache.set(path, anchors);
    }
    return anchors;
  };
}
