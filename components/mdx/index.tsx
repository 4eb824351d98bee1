import type { MDXComponents } from 'mdx/types';
import Admonition from './Admonition';
import Button from './Button';
import Cards from './Cards';
import CodeBlock from './CodeBlock';
import ConformanceBadge from './ConformanceBadge';
import ConformanceBadges from './ConformanceBadges';
import Figure from './Figure';
import Icon from './Icon';
import ImageCompare from './ImageCompare';
import Tab from './Tab';
import TableScroll from './TableScroll';
import Tabs from './Tabs';
import ZoomableDiagram from './ZoomableDiagram';

export { checkMdxComponent } from './props';

/** The components a post may use, mapped once for every post. */
export const mdxComponents: MDXComponents = {
  pre: CodeBlock,
  Admonition,
  Button,
  Cards,
  ConformanceBadge,
  ConformanceBadges,
  Figure,
  Icon,
  ImageCompare,
  Tab,
  Tabs,
  // Not for authors: lib/mdx/plugins/rehype-scroll-tables.ts puts every table in one.
  TableScroll,
  // Not for authors: lib/mdx/plugins/rehype-mermaid.ts puts every diagram in one.
  ZoomableDiagram,
};
