import { useTranslations } from 'next-intl';
import styles from './EditPageLink.module.css';

/** The link to a post's source file in the repository, where a writer edits it; nothing without one. */
export default function EditPageLink({ href }: { href?: string }) {
  const t = useTranslations('PostPage');
  if (!href) return null;
  return (
    <p className={styles.edit}>
      <a href={href}>{t('editThisPage')}</a>
    </p>
  );
}
