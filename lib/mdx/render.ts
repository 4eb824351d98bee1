import type { Element } from 'hast';
import type { ReactElement } from 'react';
import { compileMDX } from 'next-mdx-remote/rsc';
import rehypeShiki from '@shikijs/rehype';
import rehypeAutolinkHeadings from 'rehype-autolink-headings';
import rehypeSlug from 'rehype-slug';
import remarkGfm from 'remark-gfm';
import { toString } from 'hast-util-to-string';
import remarkCheckComponents, { type ComponentCheck } from './plugins/remark-check-components';
import remarkCjkAutolinks from './plugins/remark-cjk-autolinks';
import remarkCjkLineBreaks from './plugins/remark-cjk-line-breaks';
import remarkHeadingIds, { escapeHeadingIds } from './plugins/remark-heading-ids';
import remarkRejectUnsafeMarkup from './plugins/remark-reject-unsafe-markup';
import rehypeCollectHeadings, { type Heading } from './plugins/rehype-collect-headings';
import rehypeImageFigures, { IMAGE_FIGURE, PlainFigure } from './plugins/rehype-image-figures';
import rehypeLabelTaskItems from './plugins/rehype-label-task-items';
import rehypeMermaid, { DIAGRAM_WRAPPER, PlainDiagram } from './plugins/rehype-mermaid';
import rehypeSearchableAlt from './plugins/rehype-searchable-alt';
import rehypeScrollTables, { PlainTableScroll, TABLE_WRAPPER } from './plugins/rehype-scroll-tables';
import shikiCodeTitle from './plugins/shiki-code-title';
import { describeMdxError } from './error';
import { PostError } from '../content/post-error';

export type { Heading };

type MdxComponents = Parameters<typeof compileMDX>[0]['components'];

type RenderOptions = {
  /** Source file, named in compile errors. */
  file: string;
  components?: MdxComponents;
  /** Validates each use of a component at compile time; by default none may be used. */
  checkComponent?: ComponentCheck;
  /** Accessible name of a heading's anchor link, e.g. "Link to this section". */
  anchorLabel: string;
};

/**
 * The one place that compiles MDX (next-mdx-remote is archived upstream, so it
 * stays swappable). Its safe defaults drop JavaScript expressions and
 * import/export; raw scripts are rejected by our own plugin.
 */
export async function renderMdx(
  source: string,
  { file, components, checkComponent = (name) => `unknown component <${name}>`, anchorLabel }: RenderOptions,
): Promise<{ content: ReactElement; headings: Heading[] }> {
  const headings: Heading[] = [];
  try {
    const { content } = await compileMDX({
      source: escapeHeadingIds(source),
      // Every table is put in a TableScroll, every diagram in a ZoomableDiagram and every image
      // alone in its paragraph in a Figure; a render without the site's components gets plain ones.
      components: { [TABLE_WRAPPER]: PlainTableScroll, [DIAGRAM_WRAPPER]: PlainDiagram, [IMAGE_FIGURE]: PlainFigure, ...components },
      options: {
        blockJS: true,
        blockDangerousJS: true,
        mdxOptions: {
          remarkPlugins: [
            remarkGfm,
            remarkCjkAutolinks,
            remarkCjkLineBreaks,
            remarkHeadingIds,
            remarkRejectUnsafeMarkup,
            [remarkCheckComponents, { check: checkComponent }],
          ],
          rehypePlugins: [
            // ```mermaid blocks become SVG drawings (before shiki would highlight them as code).
            rehypeMermaid,
            // Highlighted at build time in both themes; the page picks the colours with CSS.
            [
              rehypeShiki,
              {
                themes: { light: 'github-light', dark: 'github-dark' },
                defaultColor: false,
                langs: [],
                lazy: true,
                fallbackLanguage: 'text',
                transformers: [shikiCodeTitle()],
              },
            ],
            rehypeScrollTables,
            rehypeImageFigures,
            rehypeLabelTaskItems,
            rehypeSearchableAlt,
            rehypeSlug,
            [rehypeCollectHeadings, { into: headings }],
            [
              rehypeAutolinkHeadings,
              {
                behavior: 'append',
                properties: (heading: Element) => ({ className: ['heading-anchor'], dataPagefindIgnore: 'all', ariaLabel: `${anchorLabel}: ${toString(heading)}` }),
                content: { type: 'text', value: '#' },
              },
            ],
          ],
        },
      },
    });
    return { content, headings };
  } catch (error) {
    throw new PostError(describeMdxError(file, (error as Error).message));
  }
}
