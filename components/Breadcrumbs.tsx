import { useTranslations } from 'next-intl';
import type { Crumb } from '@/lib/seo/structured-data';

/** The trail from the home page to this page; the last crumb is the page itself. */
export default function Breadcrumbs({ crumbs }: { crumbs: Crumb[] }) {
  const t = useTranslations('PostPage');
  return (
    <nav className="breadcrumbs" aria-label={t('breadcrumb')}>
      <ol>
        {crumbs.map((crumb, index) => (
          <li key={crumb.path}>
            {index === crumbs.length - 1 ? (
              <span aria-current="page">{crumb.name}</span>
            ) : (
              <a href={crumb.path}>{crumb.name}</a>
            )}
          </li>
        ))}
      </ol>
    </nav>
  );
}
