import { hasLocale } from 'next-intl';
import createMiddleware from 'next-intl/middleware';
import type { NextRequest } from 'next/server';
import { routing } from '@/i18n/routing';
import { isWellFormedPath } from '@/lib/http/well-formed-path';

const redirectToLocale = createMiddleware(routing);

/**
 * Redirects a path without a locale prefix (`/`, `/blogs/x`) to the reader's
 * locale: the cookie set by the language switch, then Accept-Language, then zh.
 * A path with a broken `%` escape gets a 400 instead of Next's 500.
 */
export default function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  if (!isWellFormedPath(pathname)) {
    return new Response('Bad Request: the path is not valid percent-encoded UTF-8.\n', {
      status: 400,
      headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' },
    });
  }
  if (hasLocale(routing.locales, pathname.split('/')[1])) return;
  return redirectToLocale(request);
}

export const config = {
  matcher: [
    // Prefixed paths, API routes (the health check), Next's own files, files with an extension and social images
    // never run the proxy, so prerendered pages are served as they are. Keep the
    // locale list in step with i18n/routing.ts (a test checks it).
    '/((?!(?:zh|en)(?:/|$)|api/|_next/|_vercel/|.*\\.[^/]*$|.*/opengraph-image).*)',
    // Any other path with a `%` escape, to refuse the malformed ones (the valid ones, such
    // as Chinese category pages, pass through untouched). Never Next's own files: in dev their
    // chunk names hold escaped brackets, and redirecting them left error pages blank.
    '/((?!_next/).*%.*)',
  ],
};
