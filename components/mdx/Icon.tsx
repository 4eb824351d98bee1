import { materialIconPath } from '@/lib/mdx/material-icons';
import { parseProps } from './props';
import styles from './Icon.module.css';

/**
 * A Material Design icon as mkdocs-material's `:material-sail-boat:` shows it:
 * inline SVG drawn on the server, text-sized, in the text's colour, hidden
 * from screen readers (the words beside it carry the meaning).
 */
export default function Icon(props: { name?: string }) {
  const { name } = parseProps('Icon', props);
  return (
    <svg className={styles.icon} viewBox="0 0 24 24" width="1em" height="1em" aria-hidden="true" focusable="false">
      <path d={materialIconPath(name)} fill="currentColor" />
    </svg>
  );
}
