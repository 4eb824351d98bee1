import { existsSync, readFileSync } from 'node:fs';
import { load as parseYaml } from 'js-yaml';
import { routing } from '@/i18n/routing';
import { authorsSchema, type Authors } from '@/lib/content/post-schema';
import { ImportError } from './import-error';

type BlogAuthor = { name?: unknown; url?: unknown; description?: unknown; avatar?: unknown };

/**
 * Authors of the mkdocs-material blog plugin (`<blog>/.authors.yml`, one file
 * per language, with the ids under `authors:` or, as earlier versions wrote it,
 * at the top) merged into ours: authors already in posts/authors.json stay
 * as they are, new ones are added with the name each language gives them.
 */
export function mergeAuthors(existing: Authors, byLocale: Record<string, string | undefined>): { authors: Authors; added: string[] } {
  const authors: Authors = structuredClone(existing);
  const added: string[] = [];
  for (const [locale, path] of Object.entries(byLocale)) {
    if (!path || !existsSync(path)) continue;
    for (const [id, author] of Object.entries(readBlogAuthors(path))) {
      const name = typeof author.name === 'string' && author.name.trim() ? author.name.trim() : id;
      if (id in existing) continue;
      if (!(id in authors)) {
        authors[id] = { name: {} as Authors[string]['name'], ...(typeof author.url === 'string' && /^https?:\/\//.test(author.url) ? { url: author.url } : {}) };
        added.push(id);
      }
      authors[id].name[locale as keyof Authors[string]['name']] ??= name;
    }
  }
  // A language that names nobody borrows the other's name, so every locale has one.
  for (const id of added) {
    const names = authors[id].name as Record<string, string>;
    const fallback = Object.values(names)[0];
    for (const locale of routing.locales) names[locale] ??= fallback;
  }
  const parsed = authorsSchema.safeParse(authors);
  if (!parsed.success) throw new ImportError(`authors could not be merged: ${parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ')}`);
  return { authors: parsed.data, added: added.sort() };
}

function readBlogAuthors(path: string): Record<string, BlogAuthor> {
  let data: unknown;
  try {
    data = parseYaml(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new ImportError(`${path}: not valid YAML: ${(error as Error).message.split('\n')[0]}`);
  }
  if (data == null) return {};
  // The blog plugin's format has the ids under `authors:`; earlier versions had them at the top.
  const authors = isMapping(data) && 'authors' in data ? data.authors : data;
  if (!isMapping(authors) || !Object.values(authors).every(isMapping)) throw new ImportError(`${path}: expected "authors:" to map ids to authors (each with a name)`);
  return authors as Record<string, BlogAuthor>;
}

function isMapping(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
