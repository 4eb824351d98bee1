import type { Locale } from '@/i18n/routing';
import { getTag, type PostMeta } from './posts';

export type TagLink = { id: string; name: string };

/** A tag's name in a locale; the store has made sure every tag a post uses has one in the post's language. */
export function tagName(id: string, locale: Locale): string {
  return getTag(id)?.name[locale] ?? id;
}

/** A post's tags with their names in the post's language. */
export function tagLinks(post: PostMeta): TagLink[] {
  return post.tags.map((id) => ({ id, name: tagName(id, post.locale) }));
}
