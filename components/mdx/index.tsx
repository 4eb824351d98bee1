import type { MDXComponents } from 'mdx/types';

/** The components a post may use, mapped once for every post. */
export const mdxComponents: MDXComponents = {};
