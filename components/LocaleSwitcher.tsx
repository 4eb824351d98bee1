import { useTranslations } from 'next-intl';
import { localeCookie } from '@/i18n/routing';
import type { LocaleSwitchTarget } from '@/lib/navigation/locale-switch';
import LocaleLink from './LocaleLink';

export default function LocaleSwitcher({ targets }: { targets: LocaleSwitchTarget[] }) {
  const t = useTranslations('LocaleSwitcher');
  return (
    <nav aria-label={t('label')} className="locale-switcher">
      <ul>
        {targets.map((target) => (
          <li key={target.locale} lang={target.lang}>
            <LocaleLink
              href={target.href}
              locale={target.locale}
              hrefLang={target.lang}
              cookieName={localeCookie.name}
              cookieMaxAge={localeCookie.maxAge}
              className={target.translated ? undefined : 'untranslated'}
            >
              {target.label}
            </LocaleLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
