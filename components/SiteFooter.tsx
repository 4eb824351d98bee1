import { useTranslations } from 'next-intl';
import type { Locale } from '@/i18n/routing';
import { feedFormatNames, feedFormats } from '@/lib/seo/feed-links';

export default function SiteFooter({ locale }: { locale: Locale }) {
  const t = useTranslations('Site');
  return (
    <footer className="site-footer">
      <p>
        {t('subscribe')}{' '}
        {feedFormatNames.map((format, index) => (
          <span key={format}>
            {index > 0 ? ' · ' : null}
            <a href={`/${locale}/${feedFormats[format].path}`} type={feedFormats[format].type}>
              {feedFormats[format].label}
            </a>
          </span>
        ))}
        {' · '}
        <a href={`/${locale}/blogs/archive`}>{t('archive')}</a>
      </p>
      <p>{t('footer')}</p>
    </footer>
  );
}
