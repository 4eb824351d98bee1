import { useTranslations } from 'next-intl';
import { parseProps } from './props';

const CONFORMANCE_PULLS = 'https://github.com/cncf/k8s-conformance/pull/';

/**
 * A "Certified Kubernetes" badge for one version, drawn inline (a heptagon
 * with a check mark and the version), linking to its conformance pull request.
 * Colours come from CSS, so it follows the theme.
 */
export default function ConformanceBadge(props: Record<string, unknown>) {
  const { version, pr } = parseProps('ConformanceBadge', props);
  const t = useTranslations('ConformanceBadge');
  return (
    <a className="conformance-badge" href={`${CONFORMANCE_PULLS}${pr}`} aria-label={t('label', { version, pr })}>
      <svg viewBox="0 0 96 112" width="96" height="112" aria-hidden="true" focusable="false">
        <rect className="conformance-badge__card" x="1" y="1" width="94" height="110" rx="10" />
        <path
          className="conformance-badge__mark"
          d="M48 10 67.5 19.4 72.3 40.5 58.8 57.4H37.2L23.7 40.5 28.5 19.4Z"
        />
        <path className="conformance-badge__check" d="m37.5 35.5 7.5 7.5 14-15" />
        <text className="conformance-badge__caption" x="48" y="75" textAnchor="middle">
          {t('caption')}
        </text>
        <text className="conformance-badge__version" x="48" y="101" textAnchor="middle">
          {version}
        </text>
      </svg>
    </a>
  );
}
