import type { MDXComponents } from 'mdx/types';
import Admonition from './Admonition';
import Button from './Button';
import CodeBlock from './CodeBlock';
import ConformanceBadge from './ConformanceBadge';
import ConformanceBadges from './ConformanceBadges';
import Figure from './Figure';
import ImageCompare from './ImageCompare';

export { checkMdxComponent } from './props';

/** The components a post may use, mapped once for every post. */
export const mdxComponents: MDXComponents = {
  pre: CodeBlock,
  Admonition,
  Button,
  ConformanceBadge,
  ConformanceBadges,
  Figure,
  ImageCompare,
};
