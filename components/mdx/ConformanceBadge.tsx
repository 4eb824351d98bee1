import { useTranslations } from 'next-intl';
import { parseProps } from './props';

const CONFORMANCE_PULLS = 'https://github.com/cncf/k8s-conformance/pull/';

/**
 * A "Certified Kubernetes" badge for one version, linking to its conformance
 * pull request. The card and its heptagon-and-check mark are drawn by CSS
 * (`.conformance-badge` in app/globals.css), so a page with many badges ships
 * only their text, in elements without classes of their own; colours follow the
 * theme and the badge group's kind.
 */
export default function ConformanceBadge(props: Record<string, unknown>) {
  const { version, pr } = parseProps('ConformanceBadge', props);
  const t = useTranslations('ConformanceBadge');
  return (
    <a className="conformance-badge" href={`${CONFORMANCE_PULLS}${pr}`} aria-label={t('label', { version, pr })}>
      {/* The space is not drawn (the card is a flex column) but keeps the visible words apart, as the name has them. */}
      <small>{t('caption')}</small> <strong>{version}</strong>
    </a>
  );
}
