import type { ReactNode } from 'react';
import { parseProps } from './props';
import styles from './Cards.module.css';

/**
 * mkdocs-material's grid cards (`<div class="grid cards" markdown>`): the
 * Markdown list inside becomes a grid, one bordered card per item.
 */
export default function Cards(props: { children?: ReactNode }) {
  parseProps('Cards', props);
  return <div className={styles.cards}>{props.children}</div>;
}
