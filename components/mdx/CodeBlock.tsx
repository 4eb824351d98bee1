import type { ComponentProps } from 'react';
import { useTranslations } from 'next-intl';
import CopyButton from './CopyButton';

type Props = ComponentProps<'pre'> & { 'data-title'?: string };

/**
 * A code block (highlighted at build time by shiki) with a button that copies
 * its text, and its fence's `title="..."` (see lib/mdx/plugins/shiki-code-title.ts)
 * as a caption above it.
 */
export default function CodeBlock({ 'data-title': title, ...props }: Props) {
  const t = useTranslations('CodeBlock');
  const Box = title ? 'figure' : 'div';
  return (
    <Box className={title ? 'code-block code-block--titled' : 'code-block'}>
      {title ? <figcaption className="code-block__title">{title}</figcaption> : null}
      {/* Search finds code, below prose that says the same words. */}
      <pre {...props} data-pagefind-weight="0.5" />
      <CopyButton label={t('copy')} doneLabel={t('copied')} />
    </Box>
  );
}
