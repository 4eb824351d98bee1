import type { ReactNode } from 'react';
import { useTranslations } from 'next-intl';
import { parseProps } from './props';

/** A call-out box (note, tip, warning, danger) like mkdocs-material's `!!! note`, titled in the page's language by default. */
export default function Admonition(props: { type?: string; title?: string; children?: ReactNode }) {
  const { type, title } = parseProps('Admonition', props);
  const t = useTranslations('Admonition');
  return (
    <aside className={`admonition admonition--${type}`} role="note" aria-label={title ?? t(type)}>
      <p className="admonition__title" aria-hidden="true">
        {title ?? t(type)}
      </p>
      <div className="admonition__body">{props.children}</div>
    </aside>
  );
}
