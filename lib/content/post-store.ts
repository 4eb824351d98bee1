import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { load as parseYaml, CORE_SCHEMA } from 'js-yaml';
import { hasLocale } from 'next-intl';
import { routing, type Locale } from '@/i18n/routing';
import { excerptOf } from './excerpt';
import { parseMarkdown, textOf } from './plain-text';
import { authorsSchema, describeIssues, frontMatterSchema, type Authors, type FrontMatter } from './post-schema';
import { readingMinutes } from './reading-time';

export type PostMeta = FrontMatter & {
  slug: string;
  locale: Locale;
  /** Path of the source file relative to the project, for error messages. */
  file: string;
  readingMinutes: number;
  excerpt: string;
};

export type Post = PostMeta & { body: string };

export class PostError extends Error {
  override name = 'PostError';
}

const SLUG = /^[a-z0-9][a-z0-9-]*$/;
/** `---` YAML `---` at the top of a file; group 1 is the YAML. */
export const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

type StoreOptions = { dir: string; includeDrafts: boolean };

/** Reads every post under `dir` (`<slug>/<locale>.mdx`), validating as it goes. */
export function readPosts({ dir, includeDrafts }: StoreOptions): { posts: Post[]; authors: Authors } {
  const authors = readAuthors(dir);
  const posts: Post[] = [];
  for (const slug of listDirectories(dir)) {
    if (!SLUG.test(slug)) {
      throw new PostError(`${display(join(dir, slug))}: folder name "${slug}" is not a valid slug (use a-z, 0-9 and -)`);
    }
    for (const name of readdirSync(join(dir, slug))) {
      if (!name.endsWith('.mdx')) continue;
      const locale = name.slice(0, -'.mdx'.length);
      const file = display(join(dir, slug, name));
      if (!hasLocale(routing.locales, locale)) {
        throw new PostError(`${file}: "${locale}" is not a site locale (expected one of ${routing.locales.join(', ')})`);
      }
      const post = readPost(join(dir, slug, name), file, slug, locale, authors);
      if (includeDrafts || !post.draft) posts.push(post);
    }
  }
  return { posts: posts.sort(newestFirst), authors };
}

/** The file's line on which the front matter sets `field` (the opening --- is line 1). */
function frontMatterLine(frontMatter: string, field: string): number | undefined {
  const index = frontMatter.split('\n').findIndex((line) => line.startsWith(`${field}:`));
  return index < 0 ? undefined : index + 2;
}

function readPost(path: string, file: string, slug: string, locale: Locale, authors: Authors): Post {
  return parsePost(readFileSync(path, 'utf8'), { file, slug, locale, authors });
}

/** Validates one post's source as the build does; `file` names it in errors. */
export function parsePost(source: string, { file, slug, locale, authors }: { file: string; slug: string; locale: Locale; authors: Authors }): Post {
  const match = FRONT_MATTER.exec(source);
  if (!match) throw new PostError(`${file}: missing front matter (a block between --- lines at the top of the file)`);
  let data: unknown;
  try {
    data = parseYaml(match[1], { schema: CORE_SCHEMA, filename: file });
  } catch (error) {
    throw new PostError(`${file}: front matter is not valid YAML: ${(error as Error).message}`);
  }
  const parsed = frontMatterSchema.safeParse(data ?? {});
  if (!parsed.success) throw new PostError(describeIssues(file, parsed.error, (field) => frontMatterLine(match[1], field)));
  const unknown = parsed.data.authors.filter((id) => !(id in authors));
  if (unknown.length) {
    throw new PostError(
      `${file}: field "authors": unknown author id ${unknown.map((id) => `"${id}"`).join(', ')} (add it to posts/authors.json; known: ${Object.keys(authors).join(', ') || 'none'})`,
    );
  }
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

export function readAuthors(dir: string): Authors {
  const path = join(dir, 'authors.json');
  if (!existsSync(path)) return {};
  const file = display(path);
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new PostError(`${file}: not valid JSON: ${(error as Error).message}`);
  }
  const parsed = authorsSchema.safeParse(data);
  if (!parsed.success) throw new PostError(describeIssues(file, parsed.error));
  return parsed.data;
}

function listDirectories(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && !entry.name.startsWith('.') && !entry.name.startsWith('_'))
    .map((entry) => entry.name)
    .sort();
}

function newestFirst(a: Post, b: Post): number {
  return Date.parse(b.date) - Date.parse(a.date) || a.slug.localeCompare(b.slug);
}

function display(path: string): string {
  return relative(process.cwd(), path) || path;
}
