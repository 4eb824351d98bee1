import { createElement, type ReactNode } from 'react';
import type { Element, ElementContent, Root } from 'hast';
import type { MdxJsxFlowElementHast } from 'mdast-util-mdx-jsx';
import { SKIP, visit } from 'unist-util-visit';
import { publicImageDimensions } from '../../media/image-dimensions';

/** The component a Markdown image alone in its paragraph becomes; the site's is components/mdx/Figure.tsx. */
export const IMAGE_FIGURE = 'Figure';

type Options = { publicDir?: string };

/** A path on this site, as <Figure> takes it: no host, query or fragment. */
const SITE_PATH = /^\/(?!\/)[^\s?#]*$/;

/**
 * Markdown images (`![alt](/images/slug/a.png "caption")`) as writers know
 * them from other blogs, made as good as a <Figure>: each image of the site
 * gets the width and height read from its file in public/, so the page
 * reserves its space; and an image alone in its paragraph, with alt text,
 * becomes a <Figure> (resized sources, zoom, the title as its caption).
 * Every one is loaded lazily, as figures are.
 * Images of another host (https) become figures without a size. An image
 * without alt text, or whose file cannot be read, stays a plain <img>.
 * JSX <img> elements are the writer's own and are left alone.
 */
export default function rehypeImageFigures({ publicDir }: Options = {}) {
  return (tree: Root) => {
    visit(tree, 'element', (node, index, parent) => {
      if (node.tagName === 'img') {
        prepare(node, publicDir);
        return;
      }
      if (node.tagName !== 'p' || !parent || index === undefined) return;
      const image = onlyImage(node);
      if (!image) return;
      prepare(image, publicDir);
      const figure = asFigure(image);
      if (!figure) return;
      (parent.children as unknown[])[index] = figure;
      return SKIP;
    });
  };
}

/** Loaded when the reader scrolls near it, as figures are, and sized from its file when it is the site's. */
function prepare(image: Element, publicDir: string | undefined) {
  const src = String(image.properties.src ?? '');
  if (SITE_PATH.test(src) && !image.properties.width && !image.properties.height) Object.assign(image.properties, publicImageDimensions(src, publicDir));
  Object.assign(image.properties, { loading: 'lazy', decoding: 'async' });
}

/** The image of a paragraph that holds nothing else but whitespace. */
function onlyImage(paragraph: Element): Element | undefined {
  const meaningful = paragraph.children.filter((child) => !(child.type === 'text' && !child.value.trim()));
  const [only] = meaningful;
  return meaningful.length === 1 && only.type === 'element' && only.tagName === 'img' ? only : undefined;
}

function asFigure(image: Element): MdxJsxFlowElementHast | undefined {
  const { src, alt, width, height, title } = image.properties;
  if (typeof src !== 'string' || typeof alt !== 'string' || !alt.trim()) return undefined;
  const sized = SITE_PATH.test(src) && typeof width === 'number' && typeof height === 'number';
  if (!sized && !/^https:\/\/\S+$/.test(src)) return undefined;
  const attributes = Object.entries({ src, alt, ...(sized ? { width: String(width), height: String(height) } : {}) }).map(
    ([name, value]) => ({ type: 'mdxJsxAttribute' as const, name, value }),
  );
  const caption: ElementContent[] = typeof title === 'string' && title.trim() ? [{ type: 'text', value: title.trim() }] : [];
  return { type: 'mdxJsxFlowElement', name: IMAGE_FIGURE, attributes, children: caption as MdxJsxFlowElementHast['children'] };
}

/** The figure when renderMdx is given no component map of its own (tests, tools): the picture and its caption. */
export function PlainFigure({ src, alt, width, height, children }: { src: string; alt: string; width?: string; height?: string; children?: ReactNode }) {
  return createElement(
    'figure',
    { className: 'figure' },
    createElement('img', { src, alt, width, height, loading: 'lazy', decoding: 'async' }),
    children ? createElement('figcaption', null, children) : null,
  );
}
