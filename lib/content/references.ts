import type { Locale } from '@/i18n/routing';
import { PostError } from './post-error';
import type { FrontMatter } from './post-schema';
import type { SiteData } from './site-data';

const quoted = (ids: string[]) => ids.map((id) => `"${id}"`).join(', ');

/**
 * Every author and tag a post names must be in the data files, and each tag must
 * have a name in the post's language: a reader would otherwise see a bare id,
 * in what may well be another language. The writer gets the one line to add.
 */
export function checkReferences(file: string, locale: Locale, frontMatter: FrontMatter, { authors, tags }: SiteData): void {
  const unknownAuthors = frontMatter.authors.filter((id) => !Object.hasOwn(authors, id));
  if (unknownAuthors.length) {
    throw new PostError(
      `${file}: field "authors": unknown author id ${quoted(unknownAuthors)} (add it to posts/authors.json; known: ${Object.keys(authors).join(', ') || 'none'})`,
    );
  }
  const unknownTags = frontMatter.tags.filter((id) => !Object.hasOwn(tags, id));
  if (unknownTags.length) {
    throw new PostError(
      `${file}: field "tags": unknown tag id ${quoted(unknownTags)} (add it to posts/tags.json with its name, e.g. "${unknownTags[0]}": { "name": { "${locale}": "..." } })`,
    );
  }
  const unnamed = frontMatter.tags.filter((id) => !tags[id].name[locale]);
  if (unnamed.length) {
    throw new PostError(
      `${file}: field "tags": tag ${quoted(unnamed)} has no ${locale} name in posts/tags.json (add "${locale}": "..." to its "name")`,
    );
  }
}
