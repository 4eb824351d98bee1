import { useTranslations } from 'next-intl';
import type { Heading } from '@/lib/mdx/render';

/** Links to the post's h2 and h3 headings; h3s nest under the h2 before them. */
export default function TableOfContents({ headings }: { headings: Heading[] }) {
  const t = useTranslations('PostPage');
  if (headings.length === 0) return null;
  const sections: { heading: Heading; children: Heading[] }[] = [];
  for (const heading of headings) {
    const parent = sections.at(-1);
    if (heading.depth === 3 && parent) parent.children.push(heading);
    else sections.push({ heading, children: [] });
  }
  return (
    <nav className="toc" aria-labelledby="toc-title" data-pagefind-ignore="all">
      <h2 id="toc-title">{t('tableOfContents')}</h2>
      <ol>
        {sections.map(({ heading, children }) => (
          <li key={heading.id}>
            <a href={`#${heading.id}`}>{heading.text}</a>
            {children.length > 0 ? (
              <ol>
                {children.map((child) => (
                  <li key={child.id}>
                    <a href={`#${child.id}`}>{child.text}</a>
                  </li>
                ))}
              </ol>
            ) : null}
          </li>
        ))}
      </ol>
    </nav>
  );
}
