import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

/** How the importer reads mkdocs Markdown: CommonMark and GFM, where `~sub~` is pymdownx.tilde and only `~~` strikes through. */
export const markdownParser = unified().use(remarkParse).use(remarkGfm, { singleTilde: false });
