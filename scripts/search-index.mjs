// The site's search index: Pagefind reads the prerendered pages of a build
// (`<distDir>/server/app/**/*.html`) and writes its bundle to `<distDir>/pagefind/`,
// which the standalone server serves as `/pagefind/` (scripts/standalone-assets.mjs
// copies it into its public folder).
// Run by scripts/lib/next-build.mjs after `next build`; by hand:
// `node scripts/search-index.mjs [distDir]`.
import { cpSync, existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import * as pagefind from 'pagefind';
import { isMain } from './lib/is-main.mjs';
import { htmlFiles } from './lib/html-files.mjs';

/** Pagefind also writes its own search interfaces; the site has its own dialog, so they are not served. */
const UNUSED_FILES = /^pagefind-(?:component-ui|modular-ui|ui)\.(?:js|css)$/;


/** The URL a prerendered page is served at: its path under server/app, without `.html`. */
export function pageUrl(serverAppDir, htmlPath) {
  return `/${relative(serverAppDir, htmlPath).split(sep).join('/').replace(/\.html$/, '')}`;
}

/**
 * Indexes `pages` ({ url, html }) and writes the bundle to `outputPath`.
 * Only pages with `data-pagefind-body` (the articles) are indexed, and of them
 * only that element; each language (the lower-cased `<html lang>`, so `zh-cn`)
 * gets an index of its own, which the browser picks by the page's `<html lang>`.
 */
export async function writeSearchIndex(pages, outputPath) {
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`search index: ${errors.join('; ')}`);
  try {
    for (const { url, html } of pages) {
      const added = await index.addHTMLFile({ url, content: html });
      if (added.errors.length) throw new Error(`search index: ${url}: ${added.errors.join('; ')}`);
    }
    rmSync(outputPath, { recursive: true, force: true });
    const written = await index.writeFiles({ outputPath });
    if (written.errors.length) throw new Error(`search index: ${written.errors.join('; ')}`);
    for (const name of readdirSync(outputPath)) if (UNUSED_FILES.test(name)) rmSync(join(outputPath, name));
    const { languages } = JSON.parse(readFileSync(join(outputPath, 'pagefind-entry.json'), 'utf8'));
    return { languages: Object.fromEntries(Object.entries(languages).map(([language, { page_count }]) => [language, page_count])) };
  } finally {
    await pagefind.close();
  }
}

/** Indexes the prerendered pages of the build in `<root>/<distDir>`, for its standalone server. */
export async function indexBuild(root, distDir = '.next') {
  const serverAppDir = join(root, distDir, 'server', 'app');
  const standalone = join(root, distDir, 'standalone');
  if (!existsSync(serverAppDir) || !existsSync(standalone)) throw new Error(`${join(root, distDir)} holds no standalone build: run next build first.`);
  const pages = htmlFiles(serverAppDir).map((path) => ({ url: pageUrl(serverAppDir, path), html: readFileSync(path, 'utf8') }));
  const outputPath = join(root, distDir, 'pagefind');
  const result = await writeSearchIndex(pages, outputPath);
  const served = join(standalone, 'public', 'pagefind');
  rmSync(served, { recursive: true, force: true });
  cpSync(outputPath, served, { recursive: true });
  return { ...result, outputPath };
}

if (isMain(import.meta.url)) {
  const started = performance.now();
  const { languages, outputPath } = await indexBuild(process.cwd(), process.argv[2] || process.env.NEXT_DIST_DIR || '.next');
  const counts = Object.entries(languages).map(([language, count]) => `${language} ${count}`).join(', ');
  console.log(`Search index: ${counts} pages in ${outputPath} (${Math.round(performance.now() - started)} ms)`);
}
