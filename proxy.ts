import createMiddleware from 'next-intl/middleware';
import { routing } from '@/i18n/routing';

/**
 * Redirects a path without a locale prefix (`/`, `/blogs/x`) to the reader's
 * locale: the cookie set by the language switch, then Accept-Language, then zh.
 */
export default createMiddleware(routing);

export const config = {
  // Prefixed paths, API routes (the health check), Next's own files, files with an extension and social images
  // never run the proxy, so prerendered pages are served as they are. Keep the
  // locale list in step with i18n/routing.ts (a test checks it).
  matcher: ['/((?!(?:zh|en)(?:/|$)|api/|_next/|_vercel/|.*\\.[^/]*$|.*/opengraph-image).*)'],
};
