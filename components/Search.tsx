import { useTranslations } from 'next-intl';
import type { Locale } from '@/i18n/routing';
import { countTemplates, QUERY } from '@/lib/search/messages';
import SearchDialog from './SearchDialog';

/** The search button and dialog, translated here; the client loads search (Pagefind) when the dialog opens. */
export default function Search({ locale }: { locale: Locale }) {
  const t = useTranslations('Search');
  return (
    <SearchDialog
      locale={locale}
      labels={{
        open: t('open'),
        shortcut: t('shortcut'),
        dialogLabel: t('dialogLabel'),
        inputLabel: t('inputLabel'),
        placeholder: t('placeholder'),
        close: t('close'),
        loading: t('loading'),
        // Pagefind indexes the pages `npm run build` prerenders, so `npm run dev` has no index to load.
        error: process.env.NODE_ENV === 'development' ? t('errorInDevelopment') : t('error'),
        hint: t('hint'),
        noResults: t('noResults', { query: QUERY }),
        resultCount: countTemplates(locale, (count) => t('resultCount', { count })),
      }}
    />
  );
}
