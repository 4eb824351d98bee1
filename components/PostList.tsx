import { useTranslations } from 'next-intl';
import type { AuthorLink } from '@/lib/content/author-links';
import type { PostMeta as PostMetaData } from '@/lib/content/posts';
import type { TagLink } from '@/lib/content/tag-links';
import PostMeta from './PostMeta';

export type PostListItem = { post: PostMetaData; authors: AuthorLink[]; tags: TagLink[] };

/** Posts as a list of summaries, in the order given (newest first from the store). */
export default function PostList({ items }: { items: PostListItem[] }) {
  const t = useTranslations('HomePage');
  if (items.length === 0) return <p>{t('empty')}</p>;
  return (
    <ol className="post-list">
      {items.map(({ post, authors, tags }) => (
        <li key={post.slug}>
          <article>
            <h2>
              <a href={`/${post.locale}/blogs/${post.slug}`}>{post.title}</a>
            </h2>
            <PostMeta post={post} authors={authors} tags={tags} />
            <p className="excerpt">{post.excerpt}</p>
          </article>
        </li>
      ))}
    </ol>
  );
}
