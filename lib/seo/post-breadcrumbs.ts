import { getMessages, getTranslations } from 'next-intl/server';
import { categoryLabel } from '../content/category';
import type { PostMeta } from '../content/posts';
import type { Crumb } from './structured-data';
import { termPath } from '../content/term-slug';

/** Home, the post's first category, the post. */
export async function postBreadcrumbs(post: PostMeta): Promise<Crumb[]> {
  const site = await getTranslations({ locale: post.locale, namespace: 'Site' });
  const { Category } = await getMessages({ locale: post.locale });
  const category = post.categories[0];
  return [
    { name: site('home'), path: `/${post.locale}` },
    { name: categoryLabel(Category, category), path: `/${post.locale}${termPath('category', category)}` },
    { name: post.title, path: `/${post.locale}/blogs/${post.slug}` },
  ];
}
