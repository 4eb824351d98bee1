import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { load as parseYaml, CORE_SCHEMA } from 'js-yaml';
import { hasLocale } from 'next-intl';
import { routing, type Locale } from '@/i18n/routing';
import { excerptOf } from './excerpt';
import { parseMarkdown, textOf } from './plain-text';
import { displayPath, PostError } from './post-error';
import { describeIssues, frontMatterSchema, type FrontMatter } from './post-schema';
import { readingMinutes } from './reading-time';
import { checkReferences } from './references';
import { readSiteData, type SiteData } from './site-data';

export type PostMeta = FrontMatter & {
  slug: string;
  locale: Locale;
  /** Path of the source file relative to the project, for error messages. */
  file: string;
  readingMinutes: number;
  excerpt: string;
};

export type Post = PostMeta & { body: string };

const SLUG = /^[a-z0-9][a-z0-9-]*$/;
/** `---` YAML `---` at the top of a file; group 1 is the YAML. */
export const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

type StoreOptions = { dir: string; includeDrafts: boolean };

/** Reads every post under `dir` (`<slug>/<locale>.mdx`) and the data files beside them, validating as it goes. */
export function readPosts({ dir, includeDrafts }: StoreOptions): { posts: Post[] } & SiteData {
  const data = readSiteData(dir);
  const posts: Post[] = [];
  for (const { slug, locale, path } of mdxFiles(dir)) {
    if (!SLUG.test(slug)) {
      throw new PostError(`${displayPath(dirname(path))}: folder name "${slug}" is not a valid slug (use a-z, 0-9 and -)`);
    }
    const file = displayPath(path);
    if (!hasLocale(routing.locales, locale)) {
      throw new PostError(`${file}: "${locale}" is not a site locale (expected one of ${routing.locales.join(', ')})`);
    }
    const post = parsePost(readFileSync(path, 'utf8'), { file, slug, locale, data });
    if (includeDrafts || !post.draft) posts.push(post);
  }
  return { posts: posts.sort(newestFirst), ...data };
}

/** The file's line on which the front matter sets `field` (the opening --- is line 1). */
function frontMatterLine(frontMatter: string, field: string): number | undefined {
  const index = frontMatter.split('\n').findIndex((line) => line.startsWith(`${field}:`));
  return index < 0 ? undefined : index + 2;
}

/** Validates one post's source as the build does; `file` names it in errors. */
export function parsePost(source: string, { file, slug, locale, data }: { file: string; slug: string; locale: Locale; data: SiteData }): Post {
  const match = FRONT_MATTER.exec(source);
  if (!match) throw new PostError(`${file}: missing front matter (a block between --- lines at the top of the file)`);
  let yaml: unknown;
  try {
    yaml = parseYaml(match[1], { schema: CORE_SCHEMA, filename: file });
  } catch (error) {
    throw new PostError(`${file}: front matter is not valid YAML: ${(error as Error).message}`);
  }
  const parsed = frontMatterSchema.safeParse(yaml ?? {});
  if (!parsed.success) throw new PostError(describeIssues(file, parsed.error, (field) => frontMatterLine(match[1], field)));
  checkReferences(file, locale, parsed.data, data);
  // Blank lines stand in for the front matter, so MDX errors give the file's own line numbers.
  const body = '\n'.repeat(match[0].split('\n').length - 1) + source.slice(match[0].length);
  if (!body.trim()) throw new PostError(`${file}: the post has front matter but no text`);
  const tree = parseMarkdown(body);
  return {
    ...parsed.data,
    slug,
    locale,
    file,
    body,
    readingMinutes: readingMinutes(textOf(tree)),
    excerpt: excerptOf(tree),
  };
}

/**
 * Every `<slug>/<locale>.mdx` under `dir` with a valid folder and file name, without
 * reading or validating the files (readPosts does that, and names what is wrong).
 */
export function listPostFiles(dir: string): { slug: string; locale: Locale }[] {
  return mdxFiles(dir).flatMap(({ slug, locale }) => (SLUG.test(slug) && hasLocale(routing.locales, locale) ? [{ slug, locale }] : []));
}

/** Every `.mdx` file in the folders under `dir` (those starting with . or _ aside), its names as written. */
function mdxFiles(dir: string): { slug: string; locale: string; path: string }[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && !entry.name.startsWith('.') && !entry.name.startsWith('_'))
    .map((entry) => entry.name)
    .sort()
    .flatMap((slug) =>
      readdirSync(join(dir, slug))
        .filter((name) => name.endsWith('.mdx'))
        .map((name) => ({ slug, locale: name.slice(0, -'.mdx'.length), path: join(dir, slug, name) })),
    );
}

function newestFirst(a: Post, b: Post): number {
  return Date.parse(b.date) - Date.parse(a.date) || a.slug.localeCompare(b.slug);
}

