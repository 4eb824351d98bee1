import { notFound } from 'next/navigation';

/**
 * Any path under a locale that no other route matches gets that locale's
 * not-found page with status 404. It has to render on demand: a prerendered
 * catch-all, or `dynamicParams = false`, makes Next.js answer with its own
 * unlocalized 404 instead. Since Next.js 16.3 that in-tree 404 arrives as an
 * error shell that the browser fills in (https://github.com/vercel/next.js/issues/62228).
 */
export default function UnknownPage() {
  notFound();
}
