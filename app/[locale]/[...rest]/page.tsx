import { notFound } from 'next/navigation';

/** No path is prerendered here: every unknown path under a locale renders that locale's 404. */
export function generateStaticParams() {
  return [];
}

/** Any path under a locale that no other route matches gets that locale's 404 page. */
export default function UnknownPage() {
  notFound();
}
