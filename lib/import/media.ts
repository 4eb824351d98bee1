import { dirname, resolve } from 'node:path';
import type { Image, Parent, PhrasingContent, Root, RootContent } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { toString } from 'mdast-util-to-string';
import type { Asset, PostAssets } from './assets';
import type { ConvertContext } from './context';
import { attributeValue, flowElement } from './jsx';
import { safeDecode } from './links';

const MEDIA = new Set(['video', 'audio', 'source']);

type MediaSite = { sourceFile: string; assets: PostAssets };

/**
 * Pictures and videos: relative files are copied next to the post's other
 * images, absolute ones downloaded when reachable and kept remote otherwise.
 * An image alone in its paragraph, or in a `<figure>`, becomes a <Figure>
 * with its size (read from the file, scaled to a `{ width="..." }` attribute),
 * so the page reserves its space; an image inside text stays inline.
 */
export async function placeMedia(tree: Root, context: ConvertContext, site: MediaSite) {
  const assets = new Map<string, Promise<Asset>>();
  const assetFor = (url: string) => {
    const source = /^https?:\/\//i.test(url) ? url : resolve(dirname(site.sourceFile), safeDecode(url.replace(/[?#].*$/, '')));
    let asset = assets.get(source);
    if (!asset) assets.set(source, (asset = site.assets.add(source, context.locale)));
    return asset;
  };
  await replaceIn(tree, context, assetFor);
}

type AssetFor = (url: string) => Promise<Asset>;

async function replaceIn(parent: Parent, context: ConvertContext, assetFor: AssetFor): Promise<void> {
  for (let index = 0; index < parent.children.length; index++) {
    const child = parent.children[index] as RootContent;
    const figureImage = child.type === 'paragraph' ? loneImage(child) : null;
    if (figureImage) {
      parent.children[index] = (await figure(figureImage, [], context, assetFor)) as never;
      continue;
    }
    if (child.type === 'mdxJsxFlowElement' && child.name === 'import-figure') {
      const image = findImage(child);
      const caption = findCaption(child);
      parent.children[index] = (image ? await figure(image, caption, context, assetFor) : flowElement('div', {}, child.children)) as never;
      if (!image) context.note('unconverted', 'a <figure> without an image was kept as its content', child);
      continue;
    }
    if ((child.type === 'mdxJsxFlowElement' || child.type === 'mdxJsxTextElement') && MEDIA.has(child.name ?? '')) {
      await relinkMedia(child, context, assetFor);
      continue;
    }
    if (child.type === 'image') {
      const asset = await assetFor(child.url);
      report(asset, child.url, context, child);
      if (asset.kind !== 'missing') child.url = asset.src;
      continue;
    }
    if ('children' in child) await replaceIn(child as Parent, context, assetFor);
  }
}

async function figure(image: Image, caption: PhrasingContent[], context: ConvertContext, assetFor: AssetFor): Promise<RootContent> {
  const asset = await assetFor(image.url);
  report(asset, image.url, context, image);
  const captionText = toString({ type: 'paragraph', children: caption }).trim();
  let alt = image.alt?.trim() || captionText;
  const fileName = image.url.replace(/[?#].*$/, '').split('/').pop() ?? '';
  if (!alt) {
    alt = fileName.replace(/\.[a-z0-9]+$/i, '').replace(/[-_]+/g, ' ') || 'image';
    context.note('unconverted', `image ${image.url} has no alt text; its file name "${alt}" stands in (write a description)`, image);
  } else if (isPlaceholderAlt(alt, fileName)) {
    context.note('unconverted', `image ${image.url}: its alt text "${alt}" is a file name or a placeholder (write a description)`, image);
  }
  const children = caption.length ? [{ type: 'paragraph' as const, children: caption }] : [];
  if (asset.kind === 'missing') {
    context.note('unconverted', `image ${image.url} was not found; its alt text is shown instead`, image);
    return { type: 'paragraph', children: [{ type: 'emphasis', children: [{ type: 'text', value: alt }] }] };
  }
  const size = asset.kind === 'local' ? displaySize(asset, (image.data as { width?: unknown } | undefined)?.width) : undefined;
  if (asset.kind === 'local' && !size) {
    context.note('unconverted', `image ${image.url}: its size could not be read, so it stays an inline image`, image);
    return { type: 'paragraph', children: [{ ...image, url: asset.src }] };
  }
  let src = asset.src;
  if (asset.kind === 'remote' && src.startsWith('http://')) {
    src = `https://${src.slice('http://'.length)}`;
    context.note('unconverted', `image ${image.url} is served over https instead (pages load no plain-http content)`, image);
  }
  return flowElement('Figure', { src, alt, width: size?.width, height: size?.height }, children);
}

/** Words that say "a picture" and nothing of what it shows, in either language. */
const PLACEHOLDER_ALT = /^(image|img|picture|pic|photo|screenshot|screen shot|logo|icon|diagram|figure|图片?|截图|示意图|照片|图示|插图)\s*\d*$/i;

/** Alt text that is the image's file name (with or without its extension) or a placeholder word. */
function isPlaceholderAlt(alt: string, fileName: string): boolean {
  const normalize = (text: string) => text.toLowerCase().replace(/[-_\s]+/g, '');
  const stem = fileName.replace(/\.[a-z0-9]+$/i, '');
  return PLACEHOLDER_ALT.test(alt.trim()) || /\.(png|jpe?g|gif|svg|webp|avif)$/i.test(alt.trim()) || (stem !== '' && normalize(alt) === normalize(stem));
}

function displaySize(asset: Extract<Asset, { kind: 'local' }>, requested: unknown): { width: string; height: string } | undefined {
  if (!asset.width || !asset.height) return undefined;
  const width = Number.parseInt(String(requested ?? ''), 10);
  if (!(width > 0)) return { width: String(asset.width), height: String(asset.height) };
  return { width: String(width), height: String(Math.max(1, Math.round((asset.height * width) / asset.width))) };
}

/** A video's or audio's file and a video's poster image, copied or downloaded as images are; a poster that cannot be found is left out. */
async function relinkMedia(element: MdxJsxFlowElement | MdxJsxTextElement, context: ConvertContext, assetFor: AssetFor) {
  for (const name of ['src', 'poster']) {
    const url = attributeValue(element, name);
    if (!url) continue;
    const asset = await assetFor(url);
    report(asset, url, context, element);
    const index = element.attributes.findIndex((a) => a.type === 'mdxJsxAttribute' && a.name === name);
    if (asset.kind !== 'missing') element.attributes[index].value = asset.src;
    else if (name === 'poster') element.attributes.splice(index, 1);
  }
  if (element.name === 'video' && !element.attributes.some((a) => a.type === 'mdxJsxAttribute' && a.name === 'controls')) {
    element.attributes.push({ type: 'mdxJsxAttribute', name: 'controls', value: null });
  }
  for (const child of element.children) {
    if (child.type === 'mdxJsxFlowElement' || child.type === 'mdxJsxTextElement') await relinkMedia(child, context, assetFor);
  }
}

function report(asset: Asset, url: string, context: ConvertContext, node: RootContent) {
  if (asset.kind === 'local') context.note(asset.from === 'copied' ? 'image-copied' : 'image-downloaded', `${url} -> ${asset.src}`, node, asset.src);
  else if (asset.kind === 'remote') context.note('image-remote', `${url}: ${asset.reason}`, node, asset.src);
  else context.note('unconverted', `${url}: ${asset.reason}`, node);
}

/** The image of a paragraph that holds nothing else (whitespace and line breaks aside). */
function loneImage(paragraph: Parent): Image | null {
  const meaningful = paragraph.children.filter((node) => !(node.type === 'text' && !node.value.trim()) && node.type !== 'break');
  return meaningful.length === 1 && meaningful[0].type === 'image' ? meaningful[0] : null;
}

function findImage(node: Parent): Image | null {
  for (const child of node.children) {
    if (child.type === 'image') return child;
    if ('children' in child) {
      const found = findImage(child as Parent);
      if (found) return found;
    }
  }
  return null;
}

function findCaption(node: Parent): PhrasingContent[] {
  for (const child of node.children) {
    if (child.type === 'mdxJsxFlowElement' && child.name === 'figcaption') {
      return child.children.flatMap((part) => (part.type === 'paragraph' ? part.children : []));
    }
  }
  return [];
}
