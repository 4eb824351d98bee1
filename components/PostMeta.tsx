import { useFormatter, useTranslations } from 'next-intl';
import type { AuthorLink } from '@/lib/content/author-links';
import type { PostMeta as PostMetaData } from '@/lib/content/posts';
import type { TagLink } from '@/lib/content/tag-links';
import { termPath } from '@/lib/content/term-slug';
import CategoryName from './CategoryName';
import LinkList from './LinkList';

type Props = { post: PostMetaData; authors: AuthorLink[]; tags: TagLink[] };

/** Date, authors, categories, tags and reading time of a post, as a description list; no row for an empty list. */
export default function PostMeta({ post, authors, tags }: Props) {
  const t = useTranslations('PostMeta');
  const format = useFormatter();
  const formatDate = (iso: string) => format.dateTime(new Date(iso), { dateStyle: 'long' });
  return (
    // Dates, names and reading time are not what a reader searches an article for.
    <dl className="post-meta" data-pagefind-ignore="all">
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
      {authors.length > 0 ? (
        <div>
          <dt>{t('authors')}</dt>
          <dd>
            <LinkList links={authors.map((author) => ({ key: author.id, href: `/${post.locale}${termPath('author', author.id)}`, label: author.name }))} />
          </dd>
        </div>
      ) : null}
      <div>
        <dt>{t('categories')}</dt>
        <dd>
          <LinkList
            links={post.categories.map((category) => ({
              key: category,
              href: `/${post.locale}${termPath('category', category)}`,
              label: <CategoryName name={category} />,
            }))}
          />
        </dd>
      </div>
      {tags.length > 0 ? (
        <div>
          <dt>{t('tags')}</dt>
          <dd>
            <LinkList links={tags.map((tag) => ({ key: tag.id, href: `/${post.locale}${termPath('tag', tag.id)}`, label: tag.name }))} />
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
