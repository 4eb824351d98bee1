import type { Locale } from '@/i18n/routing';
import { getAuthor, type PostMeta } from './posts';

export type AuthorLink = { id: string; name: string; url?: string };

/** A post's authors with their names in the page's locale. */
export function authorLinks(post: PostMeta, locale: Locale): AuthorLink[] {
  return post.authors.map((id) => {
    const author = getAuthor(id);
    return { id, name: author?.name[locale] ?? id, url: author?.url };
  });
}
