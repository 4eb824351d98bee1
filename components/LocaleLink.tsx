'use client';

import type { ReactNode } from 'react';

type Props = {
  href: string;
  locale: string;
  hrefLang: string;
  cookieName: string;
  cookieMaxAge: number;
  className?: string;
  children: ReactNode;
};

/**
 * A plain link to another language that also remembers the choice in the
 * locale cookie, which the proxy reads when the reader next opens `/`.
 */
export default function LocaleLink({ href, locale, hrefLang, cookieName, cookieMaxAge, className, children }: Props) {
  function remember() {
    document.cookie = `${cookieName}=${locale}; path=/; max-age=${cookieMaxAge}; samesite=lax`;
  }
  return (
    <a href={href} hrefLang={hrefLang} className={className} onClick={remember}>
      {children}
    </a>
  );
}
