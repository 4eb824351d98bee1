import { execFileSync } from 'node:child_process';
import { statSync } from 'node:fs';
import { basename, dirname } from 'node:path';
import { load as parseYaml, YAMLException } from 'js-yaml';
import { FRONT_MATTER } from '@/lib/content/post-store';
import { ImportError } from './import-error';
import { tagIdFromName } from './tag-id';

/** The front matter keys the site has (see lib/content/post-schema.ts), in the order they are written. */
export type ImportedFrontMatter = {
  title: string;
  date: string;
  description: string;
  categories: string[];
  tags?: string[];
  authors?: string[];
  updated?: string;
  draft?: boolean;
};

export type Derivation = { field: string; from: string };

/** Keys read by deriveFrontMatter; every other key is dropped and reported. */
const READ_KEYS = new Set(['title', 'date', 'description', 'categories', 'category', 'tags', 'authors', 'last_updated', 'draft']);

/** Splits `---` YAML front matter from the body; line numbers in errors are the file's. */
export function splitFrontMatter(source: string): { data: Record<string, unknown>; body: string; bodyLine: number } {
  const match = FRONT_MATTER.exec(source);
  if (!match) return { data: {}, body: source, bodyLine: 1 };
  let data: unknown;
  try {
    data = parseYaml(match[1]);
  } catch (error) {
    const mark = error instanceof YAMLException ? error.mark : undefined;
    throw new ImportError(`front matter is not valid YAML: ${(error as Error).message.split('\n')[0]}`, mark ? mark.line + 2 : 1);
  }
  if (data != null && (typeof data !== 'object' || Array.isArray(data))) throw new ImportError('front matter is not a set of key: value pairs', 2);
  return { data: (data ?? {}) as Record<string, unknown>, body: source.slice(match[0].length), bodyLine: match[0].split('\n').length };
}

type Sources = {
  data: Record<string, unknown>;
  /** Text of the first `# ` heading, already removed from the body. */
  heading?: string;
  /** Description made from the opening paragraph. */
  opening?: string;
  path: string;
  /** The id of a tag written so in the source; see planTags. */
  tagId?: (name: string) => string;
};

/**
 * The site's front matter from an mkdocs post's: only what the source lacks
 * is derived, and each derivation is listed, as is every key left behind.
 */
export function deriveFrontMatter({ data, heading, opening, path, tagId = tagIdFromName }: Sources): { frontMatter: ImportedFrontMatter; derived: Derivation[]; dropped: string[] } {
  const derived: Derivation[] = [];
  const title = heading ?? text(data.title);
  if (!title) throw new ImportError('no title: the post has no "# " heading and no title in its front matter');
  if (heading) derived.push({ field: 'title', from: 'the first # heading' });

  const created = isRecord(data.date) ? data.date.created : data.date;
  let date = isoDate(created);
  if (data.date !== undefined && !date) throw new ImportError(`field "date": ${JSON.stringify(data.date)} is not a date`, 2);
  if (!date) ({ date } = fileDate(path, derived));

  const description = text(data.description) ?? opening;
  if (!description) throw new ImportError('no description: the post has no description in its front matter and no opening paragraph');
  if (!text(data.description)) derived.push({ field: 'description', from: 'the opening paragraph' });

  const categories = list(data.categories ?? data.category);
  if (!categories.length) derived.push({ field: 'categories', from: 'the default, blog' });
  const tags = [...new Set(tagNames(data).map(tagId))];
  const updated = isoDate(data.last_updated ?? (isRecord(data.date) ? data.date.updated : undefined));
  const frontMatter: ImportedFrontMatter = {
    title,
    date: date!,
    description,
    categories: categories.length ? categories : ['blog'],
    ...(tags.length ? { tags } : {}),
    ...(list(data.authors).length ? { authors: list(data.authors) } : {}),
    ...(updated ? { updated } : {}),
    ...(data.draft === true ? { draft: true } : {}),
  };
  return { frontMatter, derived, dropped: Object.keys(data).filter((key) => !READ_KEYS.has(key)) };
}

/** A source post's tags as written, in order, each once. */
export function tagNames(data: Record<string, unknown>): string[] {
  return list(data.tags);
}

/** Date from a `YYMMDD-` or `YYYYMMDD-` file name prefix, the file's first commit, or its modification time. */
function fileDate(path: string, derived: Derivation[]): { date: string } {
  const prefix = /^(\d{8}|\d{6})-/.exec(basename(path))?.[1];
  if (prefix) {
    const full = prefix.length === 6 ? `20${prefix}` : prefix;
    const date = isoDate(`${full.slice(0, 4)}-${full.slice(4, 6)}-${full.slice(6, 8)}`);
    if (date) {
      derived.push({ field: 'date', from: 'the file name' });
      return { date };
    }
  }
  const committed = firstCommitDate(path);
  const [date, from] = committed ? [committed, 'the first git commit of the file'] : [statSync(path).mtime.toISOString().slice(0, 10), "the file's modification time"];
  derived.push({ field: 'date', from: from + yearFolderMismatch(path, date) });
  return { date };
}

/** A warning when the file sits in a year's folder (`blogs/2025/x.md`) and its date is of another year. */
function yearFolderMismatch(path: string, date: string): string {
  const folder = basename(dirname(path));
  return /^(19|20)\d\d$/.test(folder) && !date.startsWith(folder) ? ` (${date}, but the file is in the folder ${folder}/: check it)` : '';
}

function firstCommitDate(path: string): string | undefined {
  try {
    const log = execFileSync('git', ['log', '--follow', '--diff-filter=A', '--format=%aI', '--', basename(path)], {
      cwd: dirname(path),
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    return log.trim().split('\n').filter(Boolean).at(-1)?.slice(0, 10);
  } catch {
    return undefined;
  }
}

/** YYYY-MM-DD for a date YAML read as a Date or written as text, if it is a real day. */
export function isoDate(value: unknown): string | undefined {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? undefined : value.toISOString().slice(0, 10);
  if (typeof value !== 'string') return undefined;
  const match = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ]|$)/.exec(value.trim());
  if (!match) return undefined;
  const iso = `${match[1]}-${match[2].padStart(2, '0')}-${match[3].padStart(2, '0')}`;
  const parsed = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === iso ? iso : undefined;
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() ? value.trim() : typeof value === 'number' ? String(value) : undefined;
}

function list(value: unknown): string[] {
  const items = Array.isArray(value) ? value : value == null ? [] : [value];
  return [...new Set(items.map((item) => text(item)).filter((item): item is string => !!item))];
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !(value instanceof Date) && !Array.isArray(value);
}
