import { useFormatter, useTranslations } from 'next-intl';
import type { AuthorLink } from '@/lib/author-links';
import type { PostMeta as PostMetaData } from '@/lib/posts';
import { termSlug } from '@/lib/term-slug';
import CategoryName from './CategoryName';

type Props = { post: PostMetaData; authors: AuthorLink[] };

/** Date, authors, categories and reading time of a post, as a description list. */
export default function PostMeta({ post, authors }: Props) {
  const t = useTranslations('PostMeta');
  const format = useFormatter();
  const formatDate = (iso: string) => format.dateTime(new Date(iso), { dateStyle: 'long' });
  return (
    <dl className="post-meta">
      <div>
        <dt>{t('published')}</dt>
        <dd>
          <time dateTime={post.date}>{formatDate(post.date)}</time>
          {post.updated ? (
            <>
              {' · '}
              {t.rich('updated', {
                date: formatDate(post.updated),
                time: (chunks) => <time dateTime={post.updated}>{chunks}</time>,
              })}
            </>
          ) : null}
        </dd>
      </div>
      <div>
        <dt>{t('authors')}</dt>
        <dd>
          {authors.map((author, index) => (
            <span key={author.id}>
              {index > 0 ? ', ' : null}
              <a href={`/${post.locale}/blogs/author/${author.id}`}>{author.name}</a>
            </span>
          ))}
        </dd>
      </div>
      <div>
        <dt>{t('categories')}</dt>
        <dd>
          {post.categories.map((category, index) => (
            <span key={category}>
              {index > 0 ? ', ' : null}
              <a href={`/${post.locale}/blogs/category/${termSlug(category)}`}>
                <CategoryName name={category} />
              </a>
            </span>
          ))}
        </dd>
      </div>
      {post.tags.length > 0 ? (
        <div>
          <dt>{t('tags')}</dt>
          <dd>
            {post.tags.map((tag, index) => (
              <span key={tag}>
                {index > 0 ? ', ' : null}
                <a href={`/${post.locale}/blogs/tag/${termSlug(tag)}`}>{tag}</a>
              </span>
            ))}
          </dd>
        </div>
      ) : null}
      <div>
        <dt className="visually-hidden">{t('readingTimeLabel')}</dt>
        <dd>{t('readingTime', { minutes: post.readingMinutes })}</dd>
      </div>
    </dl>
  );
}
