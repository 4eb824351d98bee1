import type { Heading, Link, Parent, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { dump as dumpYaml } from 'js-yaml';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';
import type { Node } from 'unist';
import { trimCjkAutolinks } from '@/lib/mdx/plugins/remark-cjk-autolinks';
import type { PostAssets } from './assets';
import { prepareBlocks } from './blocks';
import { wrapBlocks } from './containers';
import type { ConvertContext } from './context';
import { replaceCriticMarkup } from './critic';
import { describeFromBody } from './description';
import { deriveFrontMatter, splitFrontMatter, type ImportedFrontMatter } from './front-matter';
import { headingAnchors, headingsOf, headingText, type HeadingAnchors } from './heading-anchors';
import { applyAttributeLists, keepDunderNames, replaceAbbreviations, replaceMarks, replaceShortcodes, reportBrokenLinks, stripInlineLanguageMarkers } from './inline';
import { attributeValue } from './jsx';
import { replaceKeys } from './keys';
import { resolveLink, safeDecode, type LinkSite } from './links';
import { linkRepositoryShorthands } from './magiclink';
import { reportLeftovers } from './leftovers';
import { markdownParser } from './markdown-parser';
import { placeMedia } from './media';
import { replaceRawHtml } from './raw-html';
import type { ImportReport } from './report';
import { replaceSmartSymbols } from './smart-symbols';
import { snippetReader } from './snippets';

const printer = unified()
  .use(remarkStringify, {
    bullet: '-',
    rule: '-',
    emphasis: '*',
    strong: '*',
    fence: '`',
    fences: true,
    listItemIndent: 'one',
    // `__main__` as text inside bold would otherwise print as `**__main__**`, which reads back as bold in bold.
    unsafe: [
      { character: '_', after: '_', inConstruct: 'phrasing' },
      { character: '_', before: '_', inConstruct: 'phrasing' },
    ],
  })
  .use(remarkGfm)
  .use(remarkMdx);

export type SourcePost = {
  /** Absolute path of the mkdocs file. */
  path: string;
  /** The path as the report shows it. */
  file: string;
  locale: string;
  slug: string;
};

export type Converted = { mdx: string; frontMatter: ImportedFrontMatter };

/** One mkdocs-material post -> the MDX of our post, with every change noted on the report. */
export async function convertPost(
  source: string,
  post: SourcePost,
  { site, assets, report, tagId }: { site: LinkSite; assets: PostAssets; report: ImportReport; tagId?: (name: string) => string },
): Promise<Converted> {
  const { data, body, bodyLine } = splitFrontMatter(source);
  const prepared = prepareBlocks(body, bodyLine, snippetReader(site.docsDir, post.path));
  const lineOf = (node: Node) => (node.position ? prepared.sourceLine(node.position.start.line) : undefined);
  const context: ConvertContext = {
    file: post.file,
    locale: post.locale,
    slug: post.slug,
    lineOf,
    note: (kind, message, at, target) => report.note(post.file, kind, message, typeof at === 'number' ? at : at ? lineOf(at) : undefined, target),
  };
  for (const problem of prepared.problems) context.note('unconverted', problem.message, problem.line);

  const tree = markdownParser.parse(prepared.text);
  trimCjkAutolinks(tree, prepared.text);
  wrapBlocks(tree, prepared.blocks, context);
  replaceRawHtml(tree, context);
  replaceShortcodes(tree, context);
  applyAttributeLists(tree, context);
  replaceCriticMarkup(tree, context);
  replaceKeys(tree);
  replaceMarks(tree, context);
  keepDunderNames(tree);
  replaceSmartSymbols(tree);
  linkRepositoryShorthands(tree);
  stripInlineLanguageMarkers(tree);
  replaceAbbreviations(tree, prepared.abbreviations);
  reportBrokenLinks(tree, context);
  reportLeftovers(tree, context);
  const title = takeTitle(tree, context);
  const anchors = headingAnchors(title, headingsOf(tree).map(headingText));
  rewriteLinks(tree, { post, site, anchors, context });
  await placeMedia(tree, context, { sourceFile: post.path, assets });

  const { frontMatter, derived, dropped } = deriveFrontMatter({ data, heading: title?.text || undefined, opening: describeFromBody(tree), path: post.path, tagId });
  if (derived.length) context.note('derived', derived.map(({ field, from }) => `${field} from ${from}`).join('; '));
  if (dropped.length) context.note('dropped-key', dropped.join(', '));
  const yaml = dumpYaml(frontMatter, { lineWidth: -1, quotingType: '"' });
  return { mdx: `---\n${yaml}---\n\n${printer.stringify(tree)}`, frontMatter };
}

/** The first `#` heading is the title (the page prints it as the one h1); later ones become `##`. */
function takeTitle(tree: Root, context: ConvertContext): ReturnType<typeof headingText> | undefined {
  let title: ReturnType<typeof headingText> | undefined;
  visitHeadings(tree, (heading, parent) => {
    if (heading.depth !== 1) return;
    if (title === undefined && parent === tree) {
      title = headingText(heading);
      parent.children.splice(parent.children.indexOf(heading), 1);
      return;
    }
    heading.depth = 2;
    context.note('unconverted', `a second # heading "${toString(heading).slice(0, 40)}" became ##`, heading);
  });
  return title;
}

function visitHeadings(parent: Parent, visitor: (heading: Heading, parent: Parent) => void) {
  for (const child of [...parent.children]) {
    if (child.type === 'heading') visitor(child, parent);
    else if ('children' in child) visitHeadings(child as Parent, visitor);
  }
}

type LinkRewrite = { post: SourcePost; site: LinkSite; anchors: HeadingAnchors; context: ConvertContext };

/**
 * Links and buttons to other posts and documentation pages point where those now live; unresolvable ones keep their text.
 * Links to a heading of this post or of another imported one get the id the heading has here (mkdocs gave Chinese
 * headings ids like `_3`).
 */
function rewriteLinks(parent: Parent, rewrite: LinkRewrite) {
  const { post, site, anchors, context } = rewrite;
  for (let index = 0; index < parent.children.length; index++) {
    const child = parent.children[index];
    const isButton = child.type === 'mdxJsxTextElement' && child.name === 'Button';
    if (child.type === 'link' || isButton) {
      const url = child.type === 'link' ? child.url : (attributeValue(child, 'href') ?? '');
      const result = resolveLink(url, post.path, site);
      if ('dropped' in result) {
        context.note('link-dropped', result.dropped, child);
        const keep = isButton ? [{ type: 'strong', children: child.children }] : (child as Link).children;
        parent.children.splice(index, 1, ...(keep as never[]));
        index--;
        continue;
      }
      const target = url.startsWith('#') ? anchors : result.post && site.anchorsOf?.(result.post);
      const resolved = target ? withAnchor(result.url, target, (message) => context.note('unconverted', message, child)) : result.url;
      if (result.rewritten || resolved !== result.url) context.note('link-rewritten', `${url} -> ${resolved}`, child);
      if (child.type === 'link') child.url = resolved;
      else for (const attribute of child.attributes) if (attribute.type === 'mdxJsxAttribute' && attribute.name === 'href') attribute.value = resolved;
    }
    if ('children' in child) rewriteLinks(child as Parent, rewrite);
  }
}

/** A URL whose `#fragment` names a heading by its mkdocs id, given the id that heading has here; an unknown one is reported. */
function withAnchor(url: string, anchors: HeadingAnchors, report: (message: string) => void): string {
  const hash = url.indexOf('#');
  if (hash < 0 || hash === url.length - 1) return url;
  const fragment = safeDecode(url.slice(hash + 1));
  const id = anchors.get(fragment);
  if (id === undefined) {
    report(`link ${url}: no heading has the id "${fragment}"; kept as written`);
    return url;
  }
  return id === fragment ? url : `${url.slice(0, hash + 1)}${id}`;
}
