import { useTranslations } from 'next-intl';
import type { PostMeta } from '@/lib/content/posts';

type Props = { older?: PostMeta; newer?: PostMeta };

/** Links to the previous (older) and next (newer) post in the same language. */
export default function AdjacentPosts({ older, newer }: Props) {
  const t = useTranslations('PostPage');
  if (!older && !newer) return null;
  return (
    <nav className="adjacent-posts" aria-label={t('adjacentPosts')}>
      {older ? (
        <a rel="prev" href={`/${older.locale}/blogs/${older.slug}`}>
          <span>{t('previous')}</span> {older.title}
        </a>
      ) : null}
      {newer ? (
        <a rel="next" href={`/${newer.locale}/blogs/${newer.slug}`}>
          <span>{t('next')}</span> {newer.title}
        </a>
      ) : null}
    </nav>
  );
}
