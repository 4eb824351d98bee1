import type { ReactNode } from 'react';
import { useTranslations } from 'next-intl';
import styles from './TableScroll.module.css';

/**
 * The box every table of a post sits in (lib/mdx/plugins/rehype-scroll-tables.ts
 * puts it there): a wide table scrolls sideways in it instead of widening the
 * page, and the box is a named region a keyboard can focus and scroll.
 */
export default function TableScroll({ number, children }: { number?: string; children?: ReactNode }) {
  const t = useTranslations('TableScroll');
  return (
    <div className={styles.scroll} role="region" aria-label={t('label', { number: number ?? '1' })} tabIndex={0}>
      {children}
    </div>
  );
}
