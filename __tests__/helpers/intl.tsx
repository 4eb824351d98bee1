import type { ReactElement } from 'react';
import { render } from '@testing-library/react';
import { NextIntlClientProvider } from 'next-intl';
import type { Locale } from '@/i18n/routing';
import en from '@/messages/en.json';
import zh from '@/messages/zh.json';

const messages = { zh, en };

/** Renders a component with the site's real messages for one locale. */
export function renderIn(locale: Locale, ui: ReactElement) {
  return render(
    <NextIntlClientProvider locale={locale} messages={messages[locale]} timeZone="UTC">
      {ui}
    </NextIntlClientProvider>,
  );
}
