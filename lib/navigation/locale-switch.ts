import { createTranslator } from 'next-intl';
import { loadMessages } from '@/i18n/messages';
import { htmlLang, routing, type Locale } from '@/i18n/routing';

export type LocaleSwitchTarget = {
  locale: Locale;
  /** BCP 47 tag of the target language, for `lang` and `hreflang`. */
  lang: string;
  href: string;
  /** Written in the target language, since that is the language its reader wants. */
  label: string;
  translated: boolean;
};

/**
 * Where the language switch leads from this page: the same page in each other
 * locale, or that locale's home page (with a note) when there is no translation.
 */
export async function localeSwitchTargets(
  locale: Locale,
  paths: Partial<Record<Locale, string>>,
): Promise<LocaleSwitchTarget[]> {
  const others = routing.locales.filter((other) => other !== locale);
  return Promise.all(
    others.map(async (other) => {
      const t = createTranslator({ locale: other, messages: await loadMessages(other), namespace: 'LocaleSwitcher' });
      const href = paths[other];
      return {
        locale: other,
        lang: htmlLang[other],
        href: href ?? `/${other}`,
        label: href ? t('thisLanguage') : t('notTranslated'),
        translated: Boolean(href),
      };
    }),
  );
}
