import type { ComponentProps } from 'react';
import { useTranslations } from 'next-intl';
import CopyButton from './CopyButton';

/** A code block (highlighted at build time by shiki) with a button that copies its text. */
export default function CodeBlock(props: ComponentProps<'pre'>) {
  const t = useTranslations('CodeBlock');
  return (
    <div className="code-block">
      <pre {...props} />
      <CopyButton label={t('copy')} doneLabel={t('copied')} />
    </div>
  );
}
