import type { MDXComponents } from 'mdx/types';
import Button from './Button';
import ConformanceBadge from './ConformanceBadge';
import ConformanceBadges from './ConformanceBadges';
import Figure from './Figure';
import ImageCompare from './ImageCompare';

export { checkMdxComponent } from './props';

/** The components a post may use, mapped once for every post. */
export const mdxComponents: MDXComponents = {
  Button,
  ConformanceBadge,
  ConformanceBadges,
  Figure,
  ImageCompare,
};
