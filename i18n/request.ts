import { hasLocale } from 'next-intl';
import { getRequestConfig } from 'next-intl/server';
import { locale as rootLocale } from 'next/root-params';
import { loadMessages } from './messages';
import { routing } from './routing';

// Reading the locale from `next/root-params` keeps every page statically
// rendered without `setRequestLocale` (next-intl docs, Next.js 16.3+).
export default getRequestConfig(async ({ locale: explicit }) => {
  const requested = explicit ?? (await rootLocale());
  const locale = hasLocale(routing.locales, requested) ? requested : routing.defaultLocale;
  return {
    locale,
    // Post dates are calendar dates written without a time zone.
    timeZone: 'UTC',
    messages: await loadMessages(locale),
  };
});
