import { join, resolve } from 'node:path';
import { cache } from 'react';
import { routing, type Locale } from '@/i18n/routing';
import { listPostFiles, readPosts, type Post, type PostMeta } from './post-store';
import type { Author, Tag } from './post-schema';

export type { Post, PostMeta };

const isDev = process.env.NODE_ENV === 'development';

/**
 * Where posts live. POSTS_DIR lets the build benchmark point at generated
 * posts in a temporary folder without touching the real ones.
 */
export const postsDir = process.env.POSTS_DIR ?? join(process.cwd(), 'posts');

/**
 * Whether the posts are the repository's own `posts/` folder. Posts read from
 * anywhere else (generated ones in a temporary folder) are in no repository.
 */
// turbopackIgnore: a path computed at run time would otherwise make the build trace the whole project.
const postsInRepository = resolve(/* turbopackIgnore: true */ postsDir) === join(process.cwd(), 'posts');

let loaded: ReturnType<typeof readPosts> | undefined;

/**
 * A production build reads the posts once per process. `next dev` rereads them
 * for every request (React `cache` shares one read within it), so an edit shows
 * on reload, and drafts are shown only there.
 */
const load = cache(() => {
  if (isDev || !loaded) loaded = readPosts({ dir: postsDir, includeDrafts: isDev });
  return loaded;
});

const postsByLocale = new WeakMap<Post[], Map<Locale, Post[]>>();

/** A locale's posts, newest first: the same array for as long as the same posts are loaded. */
export function getPosts(locale: Locale): Post[] {
  const { posts } = load();
  const byLocale = postsByLocale.get(posts) ?? new Map<Locale, Post[]>();
  postsByLocale.set(posts, byLocale);
  if (!byLocale.has(locale)) byLocale.set(locale, posts.filter((post) => post.locale === locale));
  return byLocale.get(locale)!;
}

/** One post, or undefined for a slug that is not in the posts folder. */
export function getPost(locale: Locale, slug: string): Post | undefined {
  return getPosts(locale).find((post) => post.slug === slug);
}

/** The locales a post is published in, in the site's locale order. */
export function getPostLocales(slug: string): Locale[] {
  const { posts } = load();
  return routing.locales.filter((locale) => posts.some((post) => post.slug === slug && post.locale === locale));
}

/**
 * Every (locale, slug) pair, for generateStaticParams. `next dev` lists the files without
 * reading them: a broken post then fails its page, which shows the error, rather than the
 * route's static paths, after which Next restarts the worker that computes them and the
 * first request once the post is fixed waits about two seconds longer.
 */
export function getAllPostParams(): { locale: Locale; slug: string }[] {
  if (isDev) return listPostFiles(postsDir);
  return load().posts.map(({ locale, slug }) => ({ locale, slug }));
}

/** The post published before (older) and after (newer) this one, in the same locale. */
export function getAdjacentPosts(locale: Locale, slug: string): { older?: Post; newer?: Post } {
  const posts = getPosts(locale);
  const index = posts.findIndex((post) => post.slug === slug);
  if (index < 0) return {};
  return { newer: posts[index - 1], older: posts[index + 1] };
}

/** A post's source file inside the repository (`posts/<slug>/<locale>.mdx`), or undefined if it is not there. */
export function repositoryPath(post: Pick<PostMeta, 'slug' | 'locale'>): string | undefined {
  return postsInRepository ? `posts/${post.slug}/${post.locale}.mdx` : undefined;
}

export function getAuthor(id: string): Author | undefined {
  return load().authors[id];
}

export function getTag(id: string): Tag | undefined {
  return load().tags[id];
}
