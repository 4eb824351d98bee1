import { dirname, relative, resolve, sep } from 'node:path';
import type { HeadingAnchors } from './heading-anchors';

export type LinkSite = {
  /** The language's mkdocs docs_dir, absolute. */
  docsDir: string;
  locale: string;
  /** Where docs_dir is published (`--zh-url`), if known. */
  baseUrl?: string;
  /** mkdocs `use_directory_urls: true`: `a/b.md` is published as `a/b/`, else as `a/b.html`. */
  directoryUrls: boolean;
  /** Absolute source path of every post being imported in this language -> its slug. */
  postSlugs: Map<string, string>;
  /** The heading ids of another post (its source path), to point links into it at the ids its headings have here. */
  anchorsOf?: (path: string) => HeadingAnchors;
};

/** Where a link now points; `post` is the source path of the imported post it points at. */
export type LinkResult = { url: string; rewritten: boolean; post?: string } | { dropped: string };

const SCHEME = /^[a-z][a-z0-9+.-]*:/i;

/**
 * Where a link of a post in `sourceFile` should point on this site: other
 * imported posts by our URL, other documentation pages at their published
 * address, anything absolute as it is.
 */
export function resolveLink(url: string, sourceFile: string, site: LinkSite): LinkResult {
  if (!url || url.startsWith('#') || url.startsWith('//') || SCHEME.test(url)) return { url, rewritten: false };
  const [, path, suffix = ''] = /^([^#?]*)(.*)$/.exec(url)!;
  if (url.startsWith('/')) {
    return site.baseUrl ? { url: new URL(url, site.baseUrl).href, rewritten: true } : { dropped: `site-absolute link ${url} (give --${site.locale}-url to keep it)` };
  }
  const target = resolve(dirname(sourceFile), safeDecode(path));
  const slug = site.postSlugs.get(target);
  if (slug) return { url: `/${site.locale}/blogs/${slug}${suffix}`, rewritten: true, post: target };
  const inDocs = relative(site.docsDir, target);
  if (inDocs.startsWith('..') || inDocs === '') return { dropped: `link ${url} points outside the docs folder` };
  if (!site.baseUrl) return { dropped: `link ${url} is a documentation page (give --${site.locale}-url to keep it)` };
  return { url: new URL(publishedPath(inDocs.split(sep).join('/'), site.directoryUrls), site.baseUrl).href + suffix, rewritten: true };
}

/** mkdocs' URL for a docs file: `install/index.md` -> `install/index.html`, or `install/` with directory URLs. */
export function publishedPath(path: string, directoryUrls: boolean): string {
  if (!path.endsWith('.md')) return encodeURI(path);
  const page = path.slice(0, -3);
  if (!directoryUrls) return encodeURI(`${page}.html`);
  return encodeURI(page === 'index' || page.endsWith('/index') ? page.slice(0, -'index'.length) : `${page}/`);
}

/** A URL path decoded, or as written when its escapes are broken. */
export function safeDecode(path: string): string {
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}
