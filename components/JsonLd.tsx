import { jsonLdText } from '@/lib/seo/structured-data';

/** Structured data for search engines. A data block, never executed, so it needs no script permission. */
export default function JsonLd({ data }: { data: unknown }) {
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: jsonLdText(data) }} />;
}
