import { useTranslations } from 'next-intl';
import type { Locale } from '@/i18n/routing';
import type { LocaleSwitchTarget } from '@/lib/navigation/locale-switch';
import LocaleSwitcher from './LocaleSwitcher';
import Search from './Search';
import ThemeToggle from './ThemeToggle';

type Props = { locale: Locale; switchTargets: LocaleSwitchTarget[] };

export default function SiteHeader({ locale, switchTargets }: Props) {
  const t = useTranslations('Site');
  return (
    <header className="site-header">
      <a className="skip-link" href="#main">
        {t('skipToContent')}
      </a>
      <a className="site-name" href={`/${locale}`}>
        {t('name')}
      </a>
      <nav aria-label={t('mainNavigation')} className="main-nav">
        <a href={`/${locale}`}>{t('home')}</a>
        <a href={`/${locale}/blogs/archive`}>{t('archive')}</a>
      </nav>
      <LocaleSwitcher targets={switchTargets} />
      <Search locale={locale} />
      <ThemeToggle label={t('darkTheme')} />
    </header>
  );
}
