import type { ReactNode } from 'react';
import { useTranslations } from 'next-intl';
import { parseProps, type ADMONITION_TYPES } from './props';
import Icon from './Icon';
import styles from './Admonition.module.css';

/** The Material Design icon of each type, as mkdocs-material shows them. */
const ICONS: Record<(typeof ADMONITION_TYPES)[number], string> = {
  note: 'pencil',
  abstract: 'clipboard-text',
  info: 'information',
  tip: 'fire',
  success: 'check-bold',
  question: 'help-circle',
  warning: 'alert',
  failure: 'close-thick',
  danger: 'lightning-bolt',
  bug: 'bug',
  example: 'flask',
  quote: 'format-quote-close',
};

/**
 * A call-out box like mkdocs-material's `!!! tip`, titled in the page's
 * language by default; `title=""` leaves out the title bar. `collapsible` makes it a disclosure (`???` folded,
 * `???+` unfolded) that works without JavaScript.
 */
export default function Admonition(props: { type?: string; title?: string; collapsible?: string; children?: ReactNode }) {
  const { type, title, collapsible } = parseProps('Admonition', props);
  const t = useTranslations('Admonition');
  const label = title || t(type);
  const heading = (
    <>
      <span className={styles.icon}>
        <Icon name={ICONS[type]} />
      </span>
      {label}
    </>
  );
  const body = <div className={styles.body}>{props.children}</div>;
  if (collapsible) {
    // <details> is a group named by its title; the <summary> is the control that folds it.
    return (
      <details className={styles.admonition} data-type={type} open={collapsible === 'open'} aria-label={label}>
        <summary className={styles.title}>{heading}</summary>
        {body}
      </details>
    );
  }
  return (
    <aside className={styles.admonition} data-type={type} role="note" aria-label={label}>
      {title === '' ? null : (
        <p className={styles.title} aria-hidden="true">
          {heading}
        </p>
      )}
      {body}
    </aside>
  );
}
