import { useTranslations } from 'next-intl';
import { pageHref } from '@/lib/navigation/pagination';

type Props = { base: string; page: number; totalPages: number };

/** Links to the previous and next page and to each page; search engines get rel prev/next in <head>. */
export default function Pagination({ base, page, totalPages }: Props) {
  const t = useTranslations('Pagination');
  if (totalPages <= 1) return null;
  const previous = page > 1 ? pageHref(base, page - 1) : undefined;
  const next = page < totalPages ? pageHref(base, page + 1) : undefined;
  return (
    <nav className="pagination" aria-label={t('label')}>
      {/* React places these <link> elements in <head>. */}
      {previous ? <link rel="prev" href={previous} /> : null}
      {next ? <link rel="next" href={next} /> : null}
      {previous ? (
        <a rel="prev" href={previous}>
          {t('previous')}
        </a>
      ) : null}
      <ol>
        {Array.from({ length: totalPages }, (_, index) => index + 1).map((number) => (
          <li key={number}>
            {number === page ? (
              <span aria-current="page" aria-label={t('current', { page, total: totalPages })}>
                {number}
              </span>
            ) : (
              <a href={pageHref(base, number)} aria-label={t('page', { page: number })}>
                {number}
              </a>
            )}
          </li>
        ))}
      </ol>
      {next ? (
        <a rel="next" href={next}>
          {t('next')}
        </a>
      ) : null}
    </nav>
  );
}
